import { ZERO, type Dec } from '../../model/money/decimal'
import type { AmountUnit } from '../../state/viewSlice'
import { chartNumber } from '../amounts'

export interface WaterfallRow {
  label: string
  /** From where the bar starts to where it ends, in the chosen unit, as saving. */
  range: [number, number]
  kind: 'saving' | 'cost' | 'total'
}

/**
 * The measures' contributions stacked towards the target, largest saving first, costs last, and
 * the total. The running sum is kept exact and only each end converted for the chart.
 */
export function waterfallRows(
  contributions: readonly { id: string; net: Dec }[],
  unit: AmountUnit,
  totalLabel: string,
): WaterfallRow[] {
  const ordered = contributions
    .filter((c) => !c.net.isZero())
    .map((c) => ({ id: c.id, saving: c.net.negated() }))
    .sort((a, b) => b.saving.comparedTo(a.saving))
  let running = ZERO
  const rows: WaterfallRow[] = ordered.map(({ id, saving }) => {
    const start = running
    running = running.plus(saving)
    const ends = [chartNumber(start, unit), chartNumber(running, unit)].sort((a, b) => a - b)
    return {
      label: id,
      range: [ends[0] ?? 0, ends[1] ?? 0],
      kind: saving.isNeg() ? 'cost' : 'saving',
    }
  })
  return [...rows, { label: totalLabel, range: [0, chartNumber(running, unit)], kind: 'total' }]
}
