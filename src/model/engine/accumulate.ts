import { dec, ONE } from '../money/decimal'
import type { MeasurePlan } from './measurePlan'
import { addTotals, book, copyTotals, emptyTotals, withoutZeros } from './totals'
import type { Totals } from './types'

const MINUS_ONE = dec(-1)

/**
 * Each plan year's totals and the lasting totals of a set of measure plans. A measure's full-year
 * breakdown is added where its full years begin and taken off after its last year, so a year's
 * total is a running sum, whatever the number of measures; a part-year first year and one-offs
 * are added to their own year. All sums are exact, so the grouping does not change the result.
 */
export function accumulate(
  plans: readonly MeasurePlan[],
  planYears: readonly number[],
): { years: Totals[]; lasting: Totals } {
  const first = planYears[0] ?? 0
  const count = planYears.length
  const changes = planYears.map(() => emptyTotals())
  const ownYear = planYears.map(() => emptyTotals())
  const lasting = emptyTotals()

  for (const plan of plans) {
    const { breakdown, measure } = plan
    const { firstYear = first, lastYear, firstYearShare } = measure.timing ?? {}
    const fullFrom = Math.max(firstYearShare === undefined ? firstYear : firstYear + 1, first)
    const fullUntil = lastYear === undefined ? first + count : lastYear + 1
    if (fullFrom < fullUntil && fullFrom < first + count) {
      addTotals(changes[fullFrom - first] ?? emptyTotals(), breakdown)
      const end = changes[fullUntil - first]
      if (end) addTotals(end, breakdown, MINUS_ONE)
    }
    const startsInPlan = firstYear >= first && firstYear < first + count
    if (
      firstYearShare !== undefined &&
      startsInPlan &&
      (lastYear === undefined || firstYear <= lastYear)
    ) {
      addTotals(ownYear[firstYear - first] ?? emptyTotals(), breakdown, dec(firstYearShare))
    }
    for (const oneOff of plan.oneOffs) {
      const slot = ownYear[oneOff.year - first]
      if (slot) book(slot, oneOff.driver, measure.theme, oneOff.flow)
    }
    if (!plan.temporary) addTotals(lasting, breakdown)
  }

  const running = emptyTotals()
  const years = planYears.map((_, i) => {
    addTotals(running, changes[i] ?? emptyTotals())
    const year = copyTotals(running)
    addTotals(year, ownYear[i] ?? emptyTotals(), ONE)
    return withoutZeros(year)
  })
  return { years, lasting }
}
