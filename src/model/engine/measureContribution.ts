import { entriesOf, type Entries } from './figures'
import type { MeasurePlan } from './measurePlan'
import { measureResult } from './measureResult'
import { book, emptyTotals, flowPortion } from './totals'
import type { MeasureResult, Totals } from './types'
import { isWhole } from './yearPortions'

/**
 * What one measure adds to a selection's totals, worked out once for its current overrides, so
 * that switching it costs its own figures and not those of every other measure. In plan year i it
 * adds `whole` (its full-year breakdown) where `plan.portions[i]` is whole, and `parts[i]` (a part
 * of a year, booked driver by driver, and its one-offs) where there is one; for good it adds
 * `whole` unless it is time-limited.
 */
export interface MeasureContribution {
  plan: MeasurePlan
  result: MeasureResult
  whole: Entries
  /** Each plan year's part-year and one-off figures; null where the measure has none. */
  parts: (Entries | null)[]
}

export function measureContribution(
  plan: MeasurePlan,
  planYears: readonly number[],
): MeasureContribution {
  const { measure } = plan
  const parts = planYears.map((): Totals | null => null)
  const partOf = (i: number) => (parts[i] ??= emptyTotals())
  plan.portions.forEach((portion, i) => {
    if (isWhole(portion) || portion.times.isZero()) return
    for (const { driver, flow } of plan.recurring)
      book(partOf(i), driver, measure.theme, flowPortion(flow, portion))
  })
  for (const oneOff of plan.oneOffs) {
    // Loading refuses a one-off outside the plan years; were one there, no year would count it.
    const i = planYears.indexOf(oneOff.year)
    if (i !== -1) book(partOf(i), oneOff.driver, measure.theme, oneOff.flow)
  }
  const result = measureResult(plan, planYears)
  return {
    plan,
    result,
    whole: entriesOf(plan.breakdown),
    parts: parts.map((part) => part && entriesOf(part)),
  }
}
