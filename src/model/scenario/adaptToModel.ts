import { applyRules } from '../engine/applyRules'
import { checkOverrides } from '../engine/checkOverrides'
import type { ValidModel } from '../load/validModel'
import { own } from '../own'
import type { Problem } from '../problems'
import type { ScenarioFile } from './scenarioFile'

export interface Adapted {
  selection: string[]
  overrides: Record<string, string>
  /** What could not be carried over to this model, and why: shown to the user, never hidden. */
  dropped: Problem[]
}

/**
 * A scenario's choices on the model at hand. Made on another model: refused. Made on another
 * version of it: what still exists is carried over, what does not is named in `dropped`. Measures
 * that break a rule of the model are left out and named in `dropped` as well.
 */
export function adaptToModel(
  scenario: ScenarioFile,
  model: ValidModel,
): { ok: true; adapted: Adapted } | { ok: false; problems: Problem[] } {
  if (scenario.model.id !== model.id) {
    return {
      ok: false,
      problems: [{ code: 'scenarioForOtherModel', expected: model.id, found: scenario.model.id }],
    }
  }
  const dropped: Problem[] = []
  if (scenario.model.version !== model.version) {
    dropped.push({ code: 'modelVersionChanged', from: scenario.model.version, to: model.version })
  }
  const known = new Set(model.measures.map((m) => m.id))
  const missing = scenario.selection.filter((id) => !known.has(id))
  if (missing.length > 0) dropped.push({ code: 'measuresNotInModel', ids: missing })
  // Measures that break a rule of this model are left out, and said so, never counted.
  const rules = applyRules(
    model.rules ?? [],
    [...new Set(scenario.selection)].filter((id) => known.has(id)),
  )
  for (const rule of rules.problems) dropped.push({ code: 'ruleLeftOut', rule })
  const selection = rules.counted

  // What the engine would not use is left out here and said, so what opens is what counts.
  const checked = checkOverrides(model, scenario.overrides)
  for (const problem of checked.problems) {
    if (problem.code === 'unknownOverride') {
      const found = own(scenario.overrides, problem.key) ?? ''
      dropped.push({ code: 'overrideDropped', key: problem.key, found, issue: 'unknown' })
    } else if (problem.code === 'badOverride') {
      dropped.push({ ...problem, code: 'overrideDropped' })
    }
  }
  const overrides: Record<string, string> = {}
  for (const [driverKey, inputs] of checked.byDriver) {
    for (const [input, value] of Object.entries(inputs)) overrides[`${driverKey}.${input}`] = value
  }
  return { ok: true, adapted: { selection, overrides, dropped } }
}
