import { addEntries, emptyFigures, type Figures, type Sign } from './figures'
import type { MeasureContribution } from './measureContribution'
import { isWhole } from './yearPortions'

/** Each plan year's figures and the lasting figures of a selection, entries that came to zero kept. */
export interface SelectionTotals {
  years: Figures[]
  lasting: Figures
}

/**
 * The totals of a set of measures, summed afresh. A measure's full-year figures are added where a
 * run of whole years begins and taken off where it ends, so a year's total is a running sum,
 * whatever the number of measures; a part of a year and one-offs are added in their own year. What
 * lasts is the last year's running sum, put right for the few measures whose last plan year is not
 * what lasts of them (time-limited, or not yet whole). All sums are exact, so the grouping does
 * not change the result.
 */
export function accumulate(
  contributions: readonly MeasureContribution[],
  yearCount: number,
): SelectionTotals {
  const changes: Figures[] = Array.from({ length: yearCount }, emptyFigures)
  const parts: Figures[] = Array.from({ length: yearCount }, emptyFigures)
  const lastYearToLasting = emptyFigures()

  for (const { plan, whole, parts: own } of contributions) {
    let wholeBefore = false
    // A for loop, not forEach: this runs for every counted measure on every fresh sum.
    for (let i = 0; i < yearCount; i++) {
      const portion = plan.portions[i]
      const isWholeYear = portion !== undefined && isWhole(portion)
      const change = changes[i]
      if (isWholeYear !== wholeBefore && change) addEntries(change, whole, isWholeYear ? 1 : -1)
      wholeBefore = isWholeYear
      const part = own[i]
      const into = parts[i]
      if (part && into) addEntries(into, part, 1)
    }
    const lasts = !plan.temporary
    if (lasts !== wholeBefore) addEntries(lastYearToLasting, whole, lasts ? 1 : -1)
  }

  const running = emptyFigures()
  const years = changes.map((change, i) => {
    addEntries(running, change, 1)
    const year = new Map(running)
    addEntries(year, parts[i] ?? [], 1)
    return year
  })
  const lasting = new Map(running)
  addEntries(lasting, lastYearToLasting, 1)
  return { years, lasting }
}

/**
 * Adds one measure's contribution to totals, or takes it off: what a switch changes. Exact, so
 * totals switched measure by measure equal the same selection summed afresh.
 */
export function addContribution(
  totals: SelectionTotals,
  { plan, whole, parts }: MeasureContribution,
  sign: Sign,
): void {
  totals.years.forEach((year, i) => {
    const portion = plan.portions[i]
    if (portion && isWhole(portion)) addEntries(year, whole, sign)
    const part = parts[i]
    if (part) addEntries(year, part, sign)
  })
  if (!plan.temporary) addEntries(totals.lasting, whole, sign)
}
