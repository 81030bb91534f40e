import { createEvaluator, type Evaluator } from '../model/engine/createEvaluator'
import type { Evaluation, MeasureResult } from '../model/engine/types'
import type { ValidModel } from '../model/load/validModel'
import { changedInputs, type ChangedInput } from '../model/scenario/changedInputs'
import { measureBases, type MeasureBasis } from '../model/scenario/measureBases'
import { useScenario, type Store } from './store'

// Derived numbers are computed, never stored: one evaluation per model, selection and overrides,
// shared by every component that asks for it. The selectors give the same object for the same
// inputs, so a component re-renders only when the figures change.
let last: { args: readonly unknown[]; result: Evaluation } | null = null

// One evaluator per model: it keeps each measure's figures and the last totals, so a switch sums
// only the measures it changed. A model no longer open is forgotten with its evaluator.
const evaluators = new WeakMap<ValidModel, Evaluator>()
function evaluatorOf(model: ValidModel): Evaluator {
  const known = evaluators.get(model)
  if (known) return known
  const fresh = createEvaluator(model)
  evaluators.set(model, fresh)
  return fresh
}

/** The evaluation of the current selection, recomputed only when model, selection or overrides change. */
export function currentEvaluation({ model, doc }: Pick<Store, 'model' | 'doc'>): Evaluation | null {
  if (!model) return null
  const args = [model, doc.selection, doc.overrides]
  if (last && last.args.every((arg, i) => arg === args[i])) return last.result
  last = { args, result: evaluatorOf(model).evaluate(doc.selection, doc.overrides) }
  return last.result
}

/** What the current inputs give each measure, and where they differ from the model file. */
export interface Basis {
  effects: ReadonlyMap<string, MeasureResult>
  changed: ChangedInput[]
  bases: ReadonlyMap<string, MeasureBasis>
}

const NO_BASIS: Basis = { effects: new Map(), changed: [], bases: new Map() }
let lastBasis: { model: ValidModel; overrides: Record<string, string>; result: Basis } | null = null

/** Every measure's own effect with the current overrides, chosen or not, and what they change. */
export function currentBasis({ model, doc }: Pick<Store, 'model' | 'doc'>): Basis {
  if (!model) return NO_BASIS
  const { overrides } = doc
  if (lastBasis?.model === model && lastBasis.overrides === overrides) return lastBasis.result
  const effects = evaluatorOf(model).measureEffects(overrides)
  const changed = changedInputs(model, overrides)
  const result = { effects, changed, bases: measureBases(model, changed, effects) }
  lastBasis = { model, overrides, result }
  return result
}

/** The plan year the headline figures are for: the one chosen, if the model has it, else its first. */
export function selectedYear({ model, year }: Pick<Store, 'model' | 'year'>): number | null {
  if (!model) return null
  return model.planYears.find((y) => y === year) ?? model.planYears[0] ?? null
}

export const useEvaluation = (): Evaluation | null => useScenario(currentEvaluation)

/** Every measure's own effect with the current overrides, chosen or not. */
export const useMeasureEffects = (): ReadonlyMap<string, MeasureResult> =>
  useScenario((s) => currentBasis(s).effects)

/** The inputs the current scenario changes from the model file, in the model's order. */
export const useChangedInputs = (): ChangedInput[] => useScenario((s) => currentBasis(s).changed)

export const useSelectedYear = (): number | null => useScenario(selectedYear)
