import Decimal from 'decimal.js'

/**
 * The model's only numeric type for money, staff-years and rates, configured once. Inputs have at
 * most 18 integer and 12 decimal digits, so a product of three of them fits in 100 significant
 * digits: sums and products never round. No exponent notation appears in decimal strings.
 */
export const Dec = Decimal.clone({
  precision: 100,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -100,
  toExpPos: 100,
})
export type Dec = Decimal

export const ZERO: Dec = new Dec(0)
export const ONE: Dec = new Dec(1)

export const DECIMAL_STRING = /^-?(0|[1-9]\d{0,17})(\.\d{1,12})?$/

/** True for the decimal strings amounts are written in: "-6700000", "0.8", "7.2" (no exponent, no spaces). */
export function isDecimalString(value: string): boolean {
  return DECIMAL_STRING.test(value)
}

/** Reads a decimal string that has already been validated. */
export function dec(value: string | number): Dec {
  return new Dec(value)
}

/** The canonical decimal string of a value: no exponent, no trailing zeros, never "-0". */
export function toDecimalString(value: Dec): string {
  return value.isZero() ? '0' : value.toFixed()
}

// Shares are ratios for display and comparison, never multiplied back into money: 20 significant
// digits are plenty and keep the division cheap.
const Ratio = Dec.clone({ precision: 20 })

/** `part / whole` to 20 significant digits. */
export function ratio(part: Dec, whole: Dec): Dec {
  return new Ratio(part).dividedBy(whole)
}

/**
 * Decimal places a quotient that does not end (an amount × 5 / 12) is carried to: 10⁻⁴⁰ kr, far
 * below any figure shown, and few enough that every sum of such parts is exact within the
 * precision, so totals stay exactly the sum of their parts.
 */
export const QUOTIENT_PLACES = 40

/** `dividend / divisor`, carried to QUOTIENT_PLACES; exact whenever the quotient ends before. */
export function quotient(dividend: Dec, divisor: Dec | number): Dec {
  return dividend.dividedBy(divisor).toDecimalPlaces(QUOTIENT_PLACES, Dec.ROUND_HALF_EVEN)
}

export function sum(values: Iterable<Dec>): Dec {
  let total = ZERO
  for (const value of values) total = total.plus(value)
  return total
}
