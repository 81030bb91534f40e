import { sum, ZERO, type Dec } from '../../model/money/decimal'
import { perEvaluation } from './perEvaluation'

/** At most this many bars for single measures: past it the smallest are drawn as one. */
export const WATERFALL_BARS = 20

export interface WaterfallRow {
  /** The measure's id; for the group, the number of measures in it. */
  id: string
  /** From where the bar starts to where it ends, as saving (positive is lower net expenditure). */
  from: Dec
  to: Dec
  kind: 'saving' | 'cost' | 'rest' | 'total'
  /** How many measures the «other measures» bar sums. */
  count?: number
}

/**
 * The measures' contributions stacked towards the target, largest saving first, costs last, and
 * the total. Past `bars` contributions the smallest by size are summed into one bar, between the
 * savings and the costs, so a thousand measures stay a readable chart. The running sum is exact.
 */
export function waterfallRows(
  contributions: readonly { id: string; net: Dec }[],
  bars = WATERFALL_BARS,
): WaterfallRow[] {
  const all = contributions
    .filter((c) => !c.net.isZero())
    .map((c) => ({ id: c.id, saving: c.net.negated() }))
  const kept =
    all.length <= bars
      ? all
      : [...all].sort((a, b) => b.saving.abs().comparedTo(a.saving.abs())).slice(0, bars - 1)
  const keptIds = new Set(kept.map((c) => c.id))
  const rest = all.filter((c) => !keptIds.has(c.id))
  const ordered = [...kept].sort((a, b) => b.saving.comparedTo(a.saving))
  const savings = ordered.filter((c) => !c.saving.isNeg())
  const costs = ordered.filter((c) => c.saving.isNeg())
  const stacked = [
    ...savings.map((c) => ({ id: c.id, saving: c.saving, kind: 'saving' as const })),
    ...(rest.length > 0
      ? [
          {
            id: String(rest.length),
            saving: sum(rest.map((c) => c.saving)),
            kind: 'rest' as const,
            count: rest.length,
          },
        ]
      : []),
    ...costs.map((c) => ({ id: c.id, saving: c.saving, kind: 'cost' as const })),
  ]
  let running = ZERO
  const rows = stacked.map(({ saving, ...bar }): WaterfallRow => {
    const from = running
    running = running.plus(saving)
    return { ...bar, from, to: running }
  })
  return [...rows, { id: '', from: ZERO, to: running, kind: 'total' }]
}

/** The waterfall of a plan year's effects, or of the lasting ones, once per evaluation. */
export const waterfallOf = perEvaluation((evaluation, year: number | 'lasting') =>
  waterfallRows(
    evaluation.measures.map((m) => ({
      id: m.id,
      net: (year === 'lasting' ? m.lasting : m.byYear[year])?.net ?? ZERO,
    })),
  ),
)
