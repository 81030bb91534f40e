import type { Dec } from '../../model/money/decimal'
import type { WaterfallRow } from '../../state/derived/waterfallRows'
import type { AmountUnit } from '../../state/viewSlice'
import { chartNumber } from '../amounts'

export interface WaterfallBar {
  id: string
  /** Where the bar starts and ends in the chosen unit, as saving: a cost goes down. */
  from: number
  to: number
  kind: WaterfallRow['kind']
  count?: number
}

/** The waterfall's exact rows as chart numbers in the chosen unit, with the target they reach for. */
export function waterfallBars(
  rows: readonly WaterfallRow[],
  target: Dec,
  unit: AmountUnit,
): { bars: WaterfallBar[]; target: number } {
  return {
    bars: rows.map((row) => ({
      id: row.id,
      from: chartNumber(row.from, unit),
      to: chartNumber(row.to, unit),
      kind: row.kind,
      ...(row.count === undefined ? {} : { count: row.count }),
    })),
    target: chartNumber(target, unit),
  }
}
