import { evaluate } from '../model/engine/evaluate'
import { measureEffects } from '../model/engine/measureEffects'
import type { Evaluation, MeasureResult } from '../model/engine/types'
import type { ValidModel } from '../model/load/validModel'
import { changedInputs, type ChangedInput } from '../model/scenario/changedInputs'
import { measureBases, type MeasureBasis } from '../model/scenario/measureBases'
import { useScenario } from './store'

// Derived numbers are computed, never stored: one evaluation per model, selection and overrides,
// shared by every component that asks for it.
let last: { args: readonly unknown[]; result: Evaluation } | null = null

function evaluationOf(
  model: ValidModel,
  selection: string[],
  overrides: Record<string, string>,
): Evaluation {
  const args = [model, selection, overrides]
  if (last && last.args.every((arg, i) => arg === args[i])) return last.result
  last = { args, result: evaluate(model, selection, overrides) }
  return last.result
}

/** What the current inputs give each measure, and where they differ from the model file. */
interface Basis {
  effects: ReadonlyMap<string, MeasureResult>
  changed: ChangedInput[]
  bases: ReadonlyMap<string, MeasureBasis>
}

const NO_BASIS: Basis = { effects: new Map(), changed: [], bases: new Map() }
let lastBasis: { model: ValidModel; overrides: Record<string, string>; result: Basis } | null = null

function basisOf(model: ValidModel | null, overrides: Record<string, string>): Basis {
  if (!model) return NO_BASIS
  if (lastBasis?.model === model && lastBasis.overrides === overrides) return lastBasis.result
  const effects = measureEffects(model, overrides)
  const changed = changedInputs(model, overrides)
  const result = { effects, changed, bases: measureBases(model, changed, effects) }
  lastBasis = { model, overrides, result }
  return result
}

const useBasis = () =>
  basisOf(
    useScenario((s) => s.model),
    useScenario((s) => s.doc.overrides),
  )

/** The evaluation of the current selection, recomputed only when model, selection or overrides change. */
export function useEvaluation(): Evaluation | null {
  const model = useScenario((s) => s.model)
  const selection = useScenario((s) => s.doc.selection)
  const overrides = useScenario((s) => s.doc.overrides)
  return model ? evaluationOf(model, selection, overrides) : null
}

/** Every measure's own effect with the current overrides, chosen or not. */
export function useMeasureEffects(): ReadonlyMap<string, MeasureResult> {
  return useBasis().effects
}

/** The inputs the current scenario changes from the model file, in the model's order. */
export function useChangedInputs(): ChangedInput[] {
  return useBasis().changed
}

/** The measures whose inputs differ from the model file, with what their figures now rest on. */
export function useMeasureBases(): ReadonlyMap<string, MeasureBasis> {
  return useBasis().bases
}

/** The plan year the headline figures are for. */
export function useSelectedYear(): number | null {
  const model = useScenario((s) => s.model)
  const year = useScenario((s) => s.year)
  if (!model) return null
  return year !== null && model.planYears.includes(year) ? year : (model.planYears[0] ?? null)
}
