import { useMemo } from 'react'
import { evaluate } from '../model/engine/evaluate'
import { measureEffects } from '../model/engine/measureEffects'
import type { Evaluation, MeasureResult } from '../model/engine/types'
import type { ValidModel } from '../model/load/validModel'
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

/** The evaluation of the current selection, recomputed only when model, selection or overrides change. */
export function useEvaluation(): Evaluation | null {
  const model = useScenario((s) => s.model)
  const selection = useScenario((s) => s.doc.selection)
  const overrides = useScenario((s) => s.doc.overrides)
  return model ? evaluationOf(model, selection, overrides) : null
}

/** Every measure's own effect with the current overrides, chosen or not. */
export function useMeasureEffects(): ReadonlyMap<string, MeasureResult> {
  const model = useScenario((s) => s.model)
  const overrides = useScenario((s) => s.doc.overrides)
  return useMemo(() => (model ? measureEffects(model, overrides) : new Map()), [model, overrides])
}

/** The plan year the headline figures are for. */
export function useSelectedYear(): number | null {
  const model = useScenario((s) => s.model)
  const year = useScenario((s) => s.year)
  if (!model) return null
  return year !== null && model.planYears.includes(year) ? year : (model.planYears[0] ?? null)
}
