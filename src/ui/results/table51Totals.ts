import type { Evaluation } from '../../model/engine/types'
import { sum, type Dec } from '../../model/money/decimal'
import type { UiMessages } from '../../i18n/uiMessages'

/**
 * The rows under table 5.1, signed as its column is (negative is a saving): the sum of the chosen
 * measures' full-year effects, the lasting change where time-limited measures make it differ, the
 * target as a lasting change, and how far the lasting change is from it.
 */
export function table51Totals(
  evaluation: Evaluation,
  t: UiMessages,
): { key: string; label: string; value: Dec }[] {
  const total = sum(evaluation.measures.map((m) => m.annual.net))
  const { lasting, target } = evaluation
  return [
    { key: 'total', label: t.table51.total, value: total },
    ...(lasting.net.equals(total)
      ? []
      : [{ key: 'lasting', label: t.table51.lasting, value: lasting.net }]),
    { key: 'target', label: t.table51.target, value: target.negated() },
    {
      key: 'gap',
      label: lasting.gap.isNeg() ? t.table51.over : t.table51.short,
      value: lasting.gap.abs(),
    },
  ]
}
