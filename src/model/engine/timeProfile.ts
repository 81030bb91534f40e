import { dec, ONE, ZERO, type Dec } from '../money/decimal'
import type { Measure } from '../schema/measure'

/**
 * How much of a measure's full-year effect falls in a plan year: nothing before it starts or after
 * it ends, the share of its first year in which it takes effect, the whole of every year between.
 */
export function yearFactor(timing: Measure['timing'], year: number, firstPlanYear: number): Dec {
  const firstYear = timing?.firstYear ?? firstPlanYear
  if (year < firstYear) return ZERO
  if (timing?.lastYear !== undefined && year > timing.lastYear) return ZERO
  if (year === firstYear && timing?.firstYearShare !== undefined) return dec(timing.firstYearShare)
  return ONE
}

/** A measure with an end year is time-limited: none of its effect is lasting. */
export function isTemporary(timing: Measure['timing']): boolean {
  return timing?.lastYear !== undefined
}
