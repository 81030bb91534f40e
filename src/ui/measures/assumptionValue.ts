import {
  checkInput,
  checkValue,
  InputType,
  type InputSpec,
  type ValueIssue,
} from '../../model/drivers/inputSpec'
import { dec, toDecimalString } from '../../model/money/decimal'
import { parseNumber } from '../../i18n/parseNumber'
import type { Lang } from '../../i18n/lang'
import { formatDecimal, plainText } from '../../i18n/numbers'

/** Shares and relative changes are typed as per cent; the model keeps them as fractions. */
export const isPercent = (spec: Pick<InputSpec, 'type'>) =>
  spec.type === InputType.rate || spec.type === InputType.rateChange

export type AssumptionIssue = ValueIssue | 'ambiguous'

/** A model value ("0.8") as it is shown for editing ("80"), grouped but with plain spaces. */
export function displayValue(spec: InputSpec, value: string, lang: Lang): string {
  if (spec.type === InputType.year) return value
  const shown = isPercent(spec) ? dec(value).times(100) : dec(value)
  return plainText(formatDecimal(shown, lang))
}

/** What a user typed, as a model value, or why it cannot be one. */
export function readValue(
  spec: InputSpec,
  text: string,
  planYears: readonly number[],
): { ok: true; value: string } | { ok: false; issue: AssumptionIssue } {
  const parsed = parseNumber(isPercent(spec) ? text.replace(/%\s*$/, '') : text)
  if (!parsed.ok)
    return { ok: false, issue: parsed.reason === 'ambiguous' ? 'ambiguous' : 'notDecimal' }
  const value = isPercent(spec) ? toDecimalString(dec(parsed.value).dividedBy(100)) : parsed.value
  const issue = checkValue(spec, value, planYears)
  return issue ? { ok: false, issue } : { ok: true, value }
}

/**
 * For a per-cent field, the value meant if what was typed is a fraction: "0,85" is almost surely
 * 85 %, not 0,85 %. Returns that model value ("0.85") when the typed number lies strictly between
 * −1 and 1 and is not 0, and it is valid; otherwise null.
 */
export function fractionMeant(spec: InputSpec, text: string): string | null {
  if (!isPercent(spec)) return null
  const parsed = parseNumber(text.replace(/%\s*$/, ''))
  if (!parsed.ok) return null
  const typed = dec(parsed.value)
  if (typed.isZero() || typed.abs().gte(1)) return null
  return checkInput(spec, parsed.value) === null ? parsed.value : null
}
