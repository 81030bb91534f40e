import { ONE, quotient, ZERO, type Dec } from '../money/decimal'
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

function times(value: Dec, factor: Dec): Dec {
  return factor === ONE ? value : value.times(factor)
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

export function addFlow(into: Flow, flow: Flow, factor: Dec = ONE): void {
  into.net = into.net.plus(times(flow.net, factor))
  into.gross = into.gross.plus(times(flow.gross, factor))
  into.income = into.income.plus(times(flow.income, factor))
  into.staffYears = into.staffYears.plus(times(flow.staffYears, factor))
}

/** Books one driver's flow: gross on its function, income on its income function, staff on its unit. */
export function book(totals: Totals, driver: Driver, theme: string, flow: Flow): void {
  addFlow(totals, flow)
  addTo(totals.byFunction, driver.function, flow.gross)
  addTo(totals.byFunction, driver.incomeFunction ?? driver.function, flow.income)
  addTo(totals.byTheme, theme, flow.net)
  addTo(totals.staffYearsByUnit, driver.unit, flow.staffYears)
}

function addRecord(into: Record<string, Dec>, from: Record<string, Dec>, factor: Dec): void {
  // for…in rather than Object.entries: this runs for every measure on every switch.
  for (const key in from) {
    const value = from[key]
    if (value) addTo(into, key, times(value, factor))
  }
}

/** A copy that can be added to without touching the original. */
export function copyTotals(from: Totals): Totals {
  return {
    ...from,
    byFunction: { ...from.byFunction },
    byTheme: { ...from.byTheme },
    staffYearsByUnit: { ...from.staffYearsByUnit },
  }
}

/** Drops breakdown entries that have come to exactly zero, as when a measure has ended. */
export function withoutZeros(totals: Totals): Totals {
  const prune = (record: Record<string, Dec>) =>
    Object.fromEntries(Object.entries(record).filter(([, value]) => !value.isZero()))
  return {
    ...totals,
    byFunction: prune(totals.byFunction),
    byTheme: prune(totals.byTheme),
    staffYearsByUnit: prune(totals.staffYearsByUnit),
  }
}

/** Adds `from` × `factor` into `into`, breakdowns included. */
export function addTotals(into: Totals, from: Totals, factor: Dec = ONE): void {
  if (factor.isZero()) return
  addFlow(into, from, factor)
  addRecord(into.byFunction, from.byFunction, factor)
  addRecord(into.byTheme, from.byTheme, factor)
  addRecord(into.staffYearsByUnit, from.staffYearsByUnit, factor)
}
