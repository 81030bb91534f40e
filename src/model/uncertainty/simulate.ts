import type { Evaluation } from '../engine/types'
import type { ValidModel } from '../load/validModel'
import { dec, quotient, type Dec } from '../money/decimal'
import { effectRange, type EffectRange } from './effectRange'
import { seededRandom } from './seededRandom'

/** How likely the target is reached in one plan year, or lasting, and how the saving spreads. */
export interface Outlook {
  /** The share of the draws whose saving reaches the target: an estimate, see standardError. */
  probability: Dec
  /** The estimate's standard error, √(p(1 − p)/n). */
  standardError: Dec
  /** The saving (positive NOK) that 10, 50 and 90 % of the draws fall short of: the fan. */
  p10: Dec
  p50: Dec
  p90: Dec
}

export interface Simulation {
  samples: number
  seed: number
  lasting: Outlook
  byYear: (Outlook & { year: number })[]
  /** Each counted measure's range, as the draws used it. */
  ranges: Record<string, EffectRange>
}

export const DEFAULT_SAMPLES = 100_000
export const DEFAULT_SEED = 1

// Additions a simulation in the app may make (one per draw, measure and period): some 150 ms on
// this machine. The Vestvågøy model affords its 100 000 draws; a model of a thousand measures over
// ten years gets fewer, and shows the larger standard error that comes with them.
const AFFORDABLE_WORK = 10_000_000
const LEAST_SAMPLES = 500

/** The draws, at most `most`, that a simulation of this evaluation affords, in whole hundreds. */
export function affordableSamples(evaluation: Evaluation, most: number): number {
  const perDraw = Math.max(1, evaluation.measures.length * (evaluation.years.length + 1))
  const affordable = Math.floor(AFFORDABLE_WORK / perDraw / 100) * 100
  return Math.min(most, Math.max(LEAST_SAMPLES, affordable))
}

/** A factor drawn from the triangular distribution on [low, high] that peaks at 1. */
function triangular(u: number, low: number, high: number): number {
  const width = high - low
  const below = 1 - low
  return u * width < below
    ? low + Math.sqrt(u * width * below)
    : high - Math.sqrt((1 - u) * width * (high - 1))
}

/** The value a share `p` of the sorted draws lie at or below (nearest rank). */
const percentile = (sorted: Float64Array, p: number): number =>
  sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN

/**
 * Draws every counted measure's effect from its range, independently of the others, `samples`
 * times, and counts the draws whose saving reaches the target, in each plan year and lasting.
 * A measure that falls short does so in every year alike. Seeded: the same evaluation, samples and
 * seed always give the same figures.
 *
 * The draws are summed in floating point, from the exact expected figures: a draw's saving is the
 * evaluation's exact saving plus each measure's deviation from its expected effect. That error,
 * below a krone, is far inside the estimate's own; the fan's savings are given in whole kroner.
 */
export function simulate(
  model: ValidModel,
  evaluation: Evaluation,
  { samples = DEFAULT_SAMPLES, seed = DEFAULT_SEED }: { samples?: number; seed?: number } = {},
): Simulation {
  const byId = new Map(model.measures.map((m) => [m.id, m]))
  const years = evaluation.years.map((y) => String(y.year))
  const ranges: Record<string, EffectRange> = {}
  const varying: { low: number; high: number; savings: Float64Array }[] = []
  for (const result of evaluation.measures) {
    const measure = byId.get(result.id)
    if (!measure) continue
    const range = effectRange(measure, result)
    ranges[result.id] = range
    if (range.low.equals(range.high)) continue
    varying.push({
      low: range.low.toNumber(),
      high: range.high.toNumber(),
      // Each period's saving from the measure: the plan years, then the lasting effect.
      savings: Float64Array.from([
        ...years.map((y) => -(result.byYear[y]?.net.toNumber() ?? 0)),
        -result.lasting.net.toNumber(),
      ]),
    })
  }
  const periods = [...evaluation.years, evaluation.lasting]
  const expected = Float64Array.from(periods.map((p) => p.saving.toNumber()))
  const targets = [...evaluation.years.map((y) => y.target), evaluation.target].map((t) =>
    t.toNumber(),
  )
  const draws = periods.map(() => new Float64Array(samples))
  const hits = periods.map(() => 0)
  const random = seededRandom(seed)
  const saving = new Float64Array(periods.length)
  for (let k = 0; k < samples; k++) {
    saving.set(expected)
    for (const m of varying) {
      const deviation = triangular(random(), m.low, m.high) - 1
      for (let p = 0; p < saving.length; p++) saving[p]! += deviation * m.savings[p]!
    }
    for (let p = 0; p < saving.length; p++) {
      draws[p]![k] = saving[p]!
      if (saving[p]! >= targets[p]!) hits[p]!++
    }
  }
  const outlook = (p: number): Outlook => {
    const sorted = draws[p]!.sort()
    const probability = quotient(dec(hits[p]!), samples)
    const spread = probability.times(probability.negated().plus(1)).dividedBy(samples)
    const whole = (x: number) => dec(Math.round(x))
    return {
      probability,
      standardError: spread.sqrt().toSignificantDigits(6),
      p10: whole(percentile(sorted, 0.1)),
      p50: whole(percentile(sorted, 0.5)),
      p90: whole(percentile(sorted, 0.9)),
    }
  }
  return {
    samples,
    seed,
    lasting: outlook(periods.length - 1),
    byYear: evaluation.years.map((y, p) => ({ year: y.year, ...outlook(p) })),
    ranges,
  }
}
