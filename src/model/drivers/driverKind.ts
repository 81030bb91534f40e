import type { Dec } from '../money/decimal'
import type { Decoder } from '../schema/decoders'
import type { InputSpec } from './inputSpec'

/**
 * The full-year effect of one driver, in NOK as a change in the municipality's net expenditure:
 * negative is a saving. `net = gross + income`.
 */
export interface DriverEffect {
  /** Change in gross expenditure, booked on the driver's KOSTRA `function`. */
  gross: Dec
  /** Change in income (grants, refunds, fees), booked on `incomeFunction` or else `function`.
   *  Positive means income lost, negative income gained, as income is signed in the accounts. */
  income: Dec
  /** Change in staff-years (årsverk) on the driver's unit. */
  staffYears: Dec
  /** The net effect if the full potential were realised, where the kind tells it apart. */
  potential?: Dec
  /** The year of a one-off effect; without it the effect recurs every year the measure runs. */
  onlyInYear?: number
}

/** A driver as written in a model file; which fields a kind needs is declared by the kind. */
export interface Driver {
  id: string
  kind: string
  inputs: Record<string, string>
  unit?: string
  team?: string
  function?: string
  incomeFunction?: string
  side?: 'expenditure' | 'income'
  reason?: string
  reasonCode?: string
  note?: string
}

export type DriverField = 'unit' | 'function'

/** A registered kind of driver: its inputs, what it needs, and its formula. */
export interface DriverKind<Input extends string = string> {
  readonly kind: string
  readonly inputs: { readonly [K in Input]: InputSpec }
  readonly needs: readonly DriverField[]
  /** Kind-specific fields beyond the common ones, all required. */
  readonly extra?: Readonly<Record<string, Decoder<string>>>
  /** An input that breaks a relation between inputs, if any. */
  check?(inputs: { readonly [K in Input]: Dec }): {
    input: Input
    code: 'affectedExceedsBase'
  } | null
  compute(inputs: { readonly [K in Input]: Dec }, driver: Driver): DriverEffect
}

export function defineDriverKind<const Input extends string>(
  kind: DriverKind<Input>,
): DriverKind<Input> {
  return kind
}
