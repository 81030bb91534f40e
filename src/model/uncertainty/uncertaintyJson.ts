import type { Evaluation } from '../engine/types'
import { toDecimalString } from '../money/decimal'
import type { Outlook, Simulation } from './simulate'
import { carriers, type SpreadShare } from './spreadShares'

/**
 * The simulation as JSON: probabilities, standard errors and the fan's savings as decimal strings
 * (savings in NOK, positive), the draws' number and seed, and each measure's share of the spread.
 */
export function uncertaintyJson(
  evaluation: Evaluation,
  simulation: Simulation,
  shares: readonly SpreadShare[],
) {
  const s = toDecimalString
  const byYear = <T>(pick: (o: Outlook) => T) =>
    Object.fromEntries(simulation.byYear.map((y) => [String(y.year), pick(y)]))
  const fan = (o: Outlook) => ({ p10: s(o.p10), p50: s(o.p50), p90: s(o.p90) })
  return {
    selection: evaluation.selection,
    method: 'simulation',
    samples: simulation.samples,
    seed: simulation.seed,
    probability: {
      lasting: s(simulation.lasting.probability),
      byYear: byYear((o) => s(o.probability)),
    },
    standardError: s(simulation.lasting.standardError),
    standardErrorByYear: byYear((o) => s(o.standardError)),
    fan: { lasting: fan(simulation.lasting), byYear: byYear(fan) },
    ranges: Object.fromEntries(
      Object.entries(simulation.ranges).map(([id, r]) => [
        id,
        { low: s(r.low), high: s(r.high), from: r.from },
      ]),
    ),
    spread: shares.map((x) => ({ measure: x.measure, share: s(x.share) })),
    /** The fewest measures, at most three, that carry half the spread: named in the summary. */
    carriers: carriers(shares),
  }
}

/** The simulation as the command line prints it and the app's worker hands it over. */
export type UncertaintyJson = ReturnType<typeof uncertaintyJson>
