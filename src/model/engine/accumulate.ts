import { dec, ONE } from '../money/decimal'
import type { MeasurePlan } from './measurePlan'
import { addTotals, book, copyTotals, emptyTotals, flowPortion, withoutZeros } from './totals'
import type { Totals } from './types'
import { isWhole } from './yearPortions'

const MINUS_ONE = dec(-1)

/**
 * Each plan year's totals and the lasting totals of a set of measure plans. A measure's full-year
 * breakdown is added where a run of whole years begins and taken off where it ends, so a year's
 * total is a running sum, whatever the number of measures; a part of a year (a start in August, a
 * phase-in) and one-offs are booked in their own year, driver by driver, exactly as a measure's
 * own figures are. All sums are exact, so the grouping does not change the result.
 */
export function accumulate(
  plans: readonly MeasurePlan[],
  planYears: readonly number[],
): { years: Totals[]; lasting: Totals } {
  const first = planYears[0] ?? 0
  const changes = planYears.map(() => emptyTotals())
  const ownYear = planYears.map(() => emptyTotals())
  const lasting = emptyTotals()

  for (const plan of plans) {
    const { breakdown, measure } = plan
    let wholeBefore = false
    plan.portions.forEach((portion, i) => {
      const whole = isWhole(portion)
      const change = changes[i]
      const own = ownYear[i]
      if (whole !== wholeBefore && change) addTotals(change, breakdown, whole ? ONE : MINUS_ONE)
      wholeBefore = whole
      if (whole || portion.times.isZero() || !own) return
      for (const { driver, flow } of plan.recurring)
        book(own, driver, measure.theme, flowPortion(flow, portion))
    })
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
