import type { Dec } from '../money/decimal'
import type { Decoder } from '../schema/decoders'
import type { Words } from '../words'
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

/**
 * A driver as written in a model file. Which fields a kind needs, and the fields of its own
 * (`extra`: which side an amount is on, per month or per year…), are declared by the kind.
 */
export interface Driver {
  id: string
  kind: string
  inputs: Record<string, string>
  unit?: string
  team?: string
  function?: string
  incomeFunction?: string
  note?: string
  readonly [extra: string]: unknown
}

export type DriverField = 'unit' | 'function'

/** One input of a kind: how it is checked (its spec) and what it is called. */
export interface InputDefinition extends InputSpec {
  label: Words
  /** What the input is counted in where its type does not say ("plasser", "saker"). */
  unit?: Words
}

/** A field of a kind beyond its inputs (which side an amount is on, say), with its choices named. */
export interface ExtraField {
  decoder: Decoder<string>
  label: Words
  /** The words for each value the field may take. */
  values: Readonly<Record<string, Words>>
}

/** A relation between a kind's inputs that each input alone cannot check. */
export interface DriverCheck<Input extends string> {
  /** Names the check within its kind, for problems: "affectedExceedsBase". */
  id: string
  /** The input a user is pointed to when the check fails. */
  input: Input
  fails(inputs: { readonly [K in Input]: Dec }): boolean
  /** Says what is wrong, after the input's name: "kan ikke være større enn hele grunnlaget". */
  message: Words
}

/**
 * A registered kind of driver, whole in one file: its inputs with their checks and names, the
 * fields it needs, the relations it checks and their messages, the roles its inputs play, its
 * formula in words for the docs, and the formula itself.
 */
export interface DriverKind<Input extends string = string> {
  readonly kind: string
  /** The heading of a driver's assumptions: "Endring i årsverk × kostnad per årsverk". */
  readonly title: Words
  /** The full-year effect in words, for the docs' table of kinds (English, as the docs are). */
  readonly formula: string
  readonly inputs: { readonly [K in Input]: InputDefinition }
  readonly needs: readonly DriverField[]
  /** Kind-specific fields beyond the common ones, all required. */
  readonly extra?: Readonly<Record<string, ExtraField>>
  // NoInfer: the inputs are the ones `inputs` declares, never ones a check or role names.
  readonly checks?: readonly DriverCheck<NoInfer<Input>>[]
  /** Inputs that other parts of a model refer to by what they mean. */
  readonly roles?: {
    /** The relative change a household case's benefit line follows (`householdEffects`). */
    readonly householdRate?: NoInfer<Input>
  }
  compute(inputs: { readonly [K in Input]: Dec }, driver: Driver): DriverEffect
}

export function defineDriverKind<const Input extends string>(
  kind: DriverKind<Input>,
): DriverKind<Input> {
  return kind
}
