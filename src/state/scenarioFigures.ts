import { evaluate } from '../model/engine/evaluate'
import { measureEffects } from '../model/engine/measureEffects'
import type { Evaluation } from '../model/engine/types'
import type { ValidModel } from '../model/load/validModel'
import { adaptToModel } from '../model/scenario/adaptToModel'
import { changedInputs, type ChangedInput } from '../model/scenario/changedInputs'
import { measureBases, type MeasureBasis } from '../model/scenario/measureBases'
import type { ScenarioFile } from '../model/scenario/scenarioFile'

/** The figures of a scenario other than the one being edited, and what they rest on. */
export interface ScenarioFigures {
  evaluation: Evaluation
  /** The inputs the scenario changes from the model file, in the model's order. */
  changed: ChangedInput[]
  /** The measures whose inputs differ from the model file, with what their figures now rest on. */
  bases: ReadonlyMap<string, MeasureBasis>
  /** Measures the scenario chose that are not counted because they break a rule, in model order. */
  leftOut: string[]
}

/**
 * A scenario's figures on the model, from its choices as adapted to the model (`selection`,
 * `overrides`) and what it chose before that (`chosen`), to tell which chosen measures a rule left
 * out. Measures not in the model are not "left out": they are said elsewhere.
 */
export function figuresOf(
  model: ValidModel,
  selection: readonly string[],
  overrides: Readonly<Record<string, string>>,
  chosen: readonly string[] = selection,
): ScenarioFigures {
  const evaluation = evaluate(model, selection, overrides)
  const changed = changedInputs(model, overrides)
  return {
    evaluation,
    changed,
    bases: measureBases(model, changed, measureEffects(model, overrides)),
    leftOut: model.measures
      .map((m) => m.id)
      .filter((id) => chosen.includes(id) && !evaluation.selection.includes(id)),
  }
}

/** A saved or published scenario's figures on the model; one made for another model counts nothing. */
export function scenarioFigures(model: ValidModel, scenario: ScenarioFile): ScenarioFigures {
  const adapted = adaptToModel(scenario, model)
  return adapted.ok
    ? figuresOf(model, adapted.adapted.selection, adapted.adapted.overrides, scenario.selection)
    : figuresOf(model, [], {})
}
