import { dec, isDecimalString, toDecimalString, ZERO, type Dec } from '../model/money/decimal'

/** A sum as a decimal string, or null when a part of it is not a number yet (being typed). */
export type Total = string | null

export interface AccountTotals {
  /** By year of the account, in the order of its years. */
  years: {
    year: string
    expenditure: Total
    income: Total
    /** Every line of the year, with or without a side: what `reportedTotals` is compared with. */
    net: Total
    reported: Total
  }[]
}

export interface BaselineTotals {
  units: { staffYears: Total }[]
  staffYears: Total
  accounts: AccountTotals[]
  grants: { integration: Total; costCover: Total; all: Total } | null
}

type Json = Record<string, unknown>

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])
const record = (value: unknown): Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {}
const field = (value: unknown, key: string): unknown =>
  Object.hasOwn(record(value), key) ? record(value)[key] : undefined

const decimalOrNull = (value: unknown): Total =>
  typeof value === 'string' && isDecimalString(value) ? value : null

/** Sums decimal strings exactly; a missing part counts as nothing, a part that is not a number
 *  makes the sum unknown. */
function total(parts: readonly unknown[]): Total {
  let sum: Dec = ZERO
  for (const part of parts) {
    if (part === undefined || part === null) continue
    if (typeof part !== 'string' || !isDecimalString(part)) return null
    sum = sum.plus(dec(part))
  }
  return toDecimalString(sum)
}

/**
 * The totals the baseline editor shows beside what is typed: staff-years per unit and in all,
 * each account's sums per year by side and net, grants by category. Reads the draft as it is,
 * whatever is wrong with it; never throws.
 */
export function baselineTotals(file: unknown): BaselineTotals {
  const units = list(field(file, 'units')).map((unit) => ({
    staffYears: total(list(field(unit, 'teams')).map((team) => field(team, 'staffYears'))),
  }))
  const accounts = list(field(file, 'accounts')).map((account) => {
    const lines = list(field(account, 'lines'))
    const amountsIn = (year: string, side?: string) =>
      lines
        .filter((line) => side === undefined || field(line, 'side') === side)
        .map((line) => field(field(line, 'amounts'), year))
    return {
      years: list(field(account, 'years')).map((y) => {
        const year = String(y)
        return {
          year,
          expenditure: total(amountsIn(year, 'expenditure')),
          income: total(amountsIn(year, 'income')),
          net: total(amountsIn(year)),
          reported: decimalOrNull(field(field(account, 'reportedTotals'), year)),
        }
      }),
    }
  })
  const grantLines = list(field(field(file, 'grants'), 'lines'))
  const inCategory = (category?: string) =>
    total(
      grantLines
        .filter((line) => category === undefined || field(line, 'category') === category)
        .map((line) => field(line, 'amount')),
    )
  return {
    units,
    staffYears: units.some((unit) => unit.staffYears === null)
      ? null
      : total(units.map((unit) => unit.staffYears)),
    accounts,
    grants:
      field(file, 'grants') === undefined
        ? null
        : {
            integration: inCategory('integration'),
            costCover: inCategory('costCover'),
            all: inCategory(),
          },
  }
}

const computed = new WeakMap<object, BaselineTotals>()

/** `baselineTotals` of a draft, computed once per version of the draft. */
export function baselineTotalsOf(file: object): BaselineTotals {
  let totals = computed.get(file)
  if (!totals) {
    totals = baselineTotals(file)
    computed.set(file, totals)
  }
  return totals
}
