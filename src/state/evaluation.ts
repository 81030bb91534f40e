import { useMemo } from 'react'
import { evaluate } from '../model/engine/evaluate'
import type { Evaluation } from '../model/engine/types'
import { useScenario } from './store'

/** The evaluation of the current selection, recomputed only when model, selection or overrides change. */
export function useEvaluation(): Evaluation | null {
  const model = useScenario((s) => s.model)
  const selection = useScenario((s) => s.selection)
  const overrides = useScenario((s) => s.overrides)
  return useMemo(
    () => (model ? evaluate(model, selection, overrides) : null),
    [model, selection, overrides],
  )
}
