import type { Evaluation, MeasureResult } from '../engine/types'
import { dec, ratio, sum, ZERO, type Dec } from '../money/decimal'
import type { EffectRange } from './effectRange'

export interface SpreadShare {
  measure: string
  /** The measure's share (0–1) of the spread of the lasting saving. */
  share: Dec
}

/**
 * Which measures carry the risk: each one's share of the variance of the lasting saving. With the
 * measures drawn independently, the variances add up, so the shares are exact, not simulated: a
 * triangular distribution on [a, b] peaking at 1 has the variance (a² + b² + 1 − ab − a − b) / 18,
 * times the square of the measure's lasting effect. Largest first; measures that do not vary are
 * left out.
 */
export function spreadShares(
  evaluation: Evaluation,
  ranges: Readonly<Record<string, EffectRange>>,
): SpreadShare[] {
  const variance = (result: MeasureResult): Dec => {
    const range = ranges[result.id]
    if (!range) return ZERO
    const { low: a, high: b } = range
    const shape = a.pow(2).plus(b.pow(2)).plus(1).minus(a.times(b)).minus(a).minus(b)
    return shape.times(result.lasting.net.pow(2)).dividedBy(18)
  }
  const parts = evaluation.measures
    .map((result) => ({ measure: result.id, variance: variance(result) }))
    .filter((part) => !part.variance.isZero())
  const total = sum(parts.map((part) => part.variance))
  return parts
    .map((part) => ({ measure: part.measure, share: ratio(part.variance, total) }))
    .sort((x, y) => y.share.comparedTo(x.share))
}

/** The measures named as carrying the risk: the fewest that hold half the spread, at most three. */
const MOST_OF_IT = dec('0.5')
const NAMED_AT_MOST = 3

/** The measures that carry most of the spread, largest first. */
export function carriers(shares: readonly SpreadShare[]): string[] {
  const named: string[] = []
  let held = dec(0)
  for (const { measure, share } of shares) {
    if (held.greaterThanOrEqualTo(MOST_OF_IT) || named.length === NAMED_AT_MOST) break
    named.push(measure)
    held = held.plus(share)
  }
  return named
}
