import { dec, ONE, ZERO, type Dec } from '../money/decimal'
import type { Measure } from '../schema/measure'

/**
 * How much of a measure's full-year effect falls in a year: `times / over` of it. A start in
 * August is 5 / 12, so an amount is multiplied by 5 before it is divided by 12; a phase-in share
 * is `0.5 / 1`.
 */
export interface Portion {
  times: Dec
  over: 1 | 12
}

export const NONE: Portion = Object.freeze({ times: ZERO, over: 1 })
export const WHOLE: Portion = Object.freeze({ times: ONE, over: 1 })

export const isWhole = (portion: Portion): boolean => portion === WHOLE

/**
 * The portion of a measure's full-year effect in each plan year, in order: none before it starts
 * or after its last year; in its first year the months from its first month on (a start in August
 * gives 5 of 12), or the share a file gives for it; in its first full years the phase-in shares;
 * the whole of every year after. The one place the timing of a measure is read.
 */
export function yearPortions(timing: Measure['timing'], planYears: readonly number[]): Portion[] {
  const firstYear = timing?.firstYear ?? planYears[0] ?? 0
  const { firstMonth, firstYearShare, lastYear, phaseIn = [] } = timing ?? {}
  const partStart = (firstMonth !== undefined && firstMonth > 1) || firstYearShare !== undefined
  const firstFullYear = partStart ? firstYear + 1 : firstYear
  return planYears.map((year): Portion => {
    if (year < firstYear || (lastYear !== undefined && year > lastYear)) return NONE
    if (year === firstYear && partStart) {
      return firstYearShare !== undefined
        ? { times: dec(firstYearShare), over: 1 }
        : { times: dec(13 - (firstMonth ?? 1)), over: 12 }
    }
    const phase = phaseIn[year - firstFullYear]
    return phase === undefined || dec(phase).equals(ONE) ? WHOLE : { times: dec(phase), over: 1 }
  })
}

/** A measure with an end year is time-limited: none of its effect is lasting. */
export function isTemporary(timing: Measure['timing']): boolean {
  return timing?.lastYear !== undefined
}
