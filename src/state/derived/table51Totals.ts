import { sum, type Dec } from '../../model/money/decimal'
import { perEvaluation } from './perEvaluation'

/** A line under table 5.1: `label` says which words the interface gives it. */
export interface Table51Total {
  key: 'total' | 'lasting' | 'target' | 'gap'
  label: 'total' | 'lasting' | 'target' | 'over' | 'short'
  value: Dec
}

/**
 * The rows under table 5.1, signed as its column is (negative is a saving): the sum of the chosen
 * measures' full-year effects, the lasting change where time-limited measures make it differ, the
 * target as a lasting change, and how far the lasting change is from it. Once per evaluation.
 */
export const table51Totals = perEvaluation((evaluation, _: 0): Table51Total[] => {
  const total = sum(evaluation.measures.map((m) => m.annual.net))
  const { lasting, target } = evaluation
  return [
    { key: 'total', label: 'total', value: total },
    ...(lasting.net.equals(total)
      ? []
      : [{ key: 'lasting', label: 'lasting', value: lasting.net } satisfies Table51Total]),
    { key: 'target', label: 'target', value: target.negated() },
    { key: 'gap', label: lasting.gap.isNeg() ? 'over' : 'short', value: lasting.gap.abs() },
  ]
})

/** The chosen measures' results by id, once per evaluation. */
export const resultsById = perEvaluation(
  (evaluation, _: 0) => new Map(evaluation.measures.map((m) => [m.id, m])),
)
