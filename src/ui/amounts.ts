import { dec, type Dec } from '../model/money/decimal'
import type { Lang } from '../i18n/lang'
import { formatDecimal } from '../i18n/numbers'
import type { AmountUnit } from '../state/viewSlice'

const DIVISOR: Record<AmountUnit, Dec> = { mill: dec(1_000_000), thousand: dec(1000) }
/** The decimals an amount is shown with in each unit. */
export const AMOUNT_DECIMALS: Record<AmountUnit, number> = { mill: 2, thousand: 0 }

/** NOK shown in mill. kr (two decimals) or 1000 kr (whole), rounded by the display policy. */
export function formatAmount(value: Dec, unit: AmountUnit, lang: Lang): string {
  const decimals = AMOUNT_DECIMALS[unit]
  return formatDecimal(value.dividedBy(DIVISOR[unit]), lang, { decimals, minDecimals: decimals })
}

/** NOK as a plain number in the chosen unit: for chart rows only, never for sums. */
export function chartNumber(value: Dec, unit: AmountUnit): number {
  return value.dividedBy(DIVISOR[unit]).toNumber()
}
