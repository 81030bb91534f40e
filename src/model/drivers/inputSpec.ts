import { dec, isDecimalString, type Dec } from '../money/decimal'

/**
 * What kind of quantity a driver input is. It decides how a typed value is checked and which unit
 * the interface shows beside it. Amounts are NOK per year in the model's sign convention.
 */
export const InputType = {
  /** NOK, any sign unless the spec says non-negative. */
  amount: 'amount',
  /** Staff-years (årsverk), a change: negative is a reduction. */
  staffYears: 'staffYears',
  /** Persons per year, a change: negative is fewer. */
  persons: 'persons',
  /** A share between 0 and 1, such as a refund rate of 0.8. */
  rate: 'rate',
  /** A relative change of at least -1, such as -0.1 for ten per cent lower. */
  rateChange: 'rateChange',
  /** A calendar year, which must be one of the plan years. */
  year: 'year',
} as const
export type InputType = (typeof InputType)[keyof typeof InputType]

export interface InputSpec {
  type: InputType
  /** Amounts that are costs or prices cannot be negative. */
  nonNegative?: true
  /** An input the file may leave out takes this value… */
  defaultValue?: string
  /** …or the value of another input of the same driver. */
  defaultsTo?: string
}

export const InputIssue = {
  notDecimal: 'notDecimal',
  negative: 'negative',
  aboveOne: 'aboveOne',
  belowMinusOne: 'belowMinusOne',
  notYear: 'notYear',
} as const
export type InputIssue = (typeof InputIssue)[keyof typeof InputIssue]

export type ValueIssue = InputIssue | 'yearNotInPlan'

/**
 * Checks a value for an input of a model with these plan years: its spec, and for a year that it
 * is one of them. The one check of a value wherever it comes from (a file, an override, a field);
 * `null` when it can be used.
 */
export function checkValue(
  spec: InputSpec,
  value: string,
  planYears: readonly number[],
): ValueIssue | null {
  const issue = checkInput(spec, value)
  if (issue) return issue
  return spec.type === InputType.year && !planYears.includes(Number(value)) ? 'yearNotInPlan' : null
}

/** Checks one value against its spec alone; `null` when it is acceptable. */
export function checkInput(spec: InputSpec, value: string): InputIssue | null {
  if (spec.type === InputType.year) return /^\d{4}$/.test(value) ? null : InputIssue.notYear
  if (!isDecimalString(value)) return InputIssue.notDecimal
  const number: Dec = dec(value)
  // lt(0), not isNeg(): "-0" is zero, and zero is not negative.
  if (spec.type === InputType.rate) {
    if (number.lt(0)) return InputIssue.negative
    if (number.gt(1)) return InputIssue.aboveOne
  }
  if (spec.type === InputType.rateChange && number.lt(-1)) return InputIssue.belowMinusOne
  if (spec.nonNegative && number.lt(0)) return InputIssue.negative
  return null
}
