import { quotient, ZERO, type Dec } from '../money/decimal'
import type { Driver } from '../drivers/driverKind'
import { own } from '../own'
import type { Flow, Totals } from './types'
import { isWhole, type Portion } from './yearPortions'

export const ZERO_FLOW: Flow = Object.freeze({
  net: ZERO,
  gross: ZERO,
  income: ZERO,
  staffYears: ZERO,
})

export const emptyFlow = (): Flow => ({ ...ZERO_FLOW })

export const emptyTotals = (): Totals => ({
  ...emptyFlow(),
  byFunction: {},
  byTheme: {},
  staffYearsByUnit: {},
})

function addTo(record: Record<string, Dec>, key: string | undefined, value: Dec): void {
  if (key === undefined || value.isZero()) return
  record[key] = (own(record, key) ?? ZERO).plus(value)
}

/** A value's portion of a year: multiplied first, then divided (an amount × 5 / 12). */
function portionOf(value: Dec, portion: Portion): Dec {
  const product = value.times(portion.times)
  return portion.over === 1 ? product : quotient(product, portion.over)
}

/**
 * `flow`'s portion of a year; the same object for the whole year. Net is the sum of the portions of
 * gross and income, so net = gross + income holds in every part of a year.
 */
export function flowPortion(flow: Flow, portion: Portion): Flow {
  if (isWhole(portion)) return flow
  if (portion.times.isZero()) return ZERO_FLOW
  const gross = portionOf(flow.gross, portion)
  const income = portionOf(flow.income, portion)
  return { net: gross.plus(income), gross, income, staffYears: portionOf(flow.staffYears, portion) }
}

export function addFlow(into: Flow, flow: Flow): void {
  into.net = into.net.plus(flow.net)
  into.gross = into.gross.plus(flow.gross)
  into.income = into.income.plus(flow.income)
  into.staffYears = into.staffYears.plus(flow.staffYears)
}

/** Books one driver's flow: gross on its function, income on its income function, staff on its unit. */
export function book(totals: Totals, driver: Driver, theme: string, flow: Flow): void {
  addFlow(totals, flow)
  addTo(totals.byFunction, driver.function, flow.gross)
  addTo(totals.byFunction, driver.incomeFunction ?? driver.function, flow.income)
  addTo(totals.byTheme, theme, flow.net)
  addTo(totals.staffYearsByUnit, driver.unit, flow.staffYears)
}
