import type { Dec } from '../model/money/decimal'
import type { Lang } from '../i18n/lang'
import { formatDecimal, formatPercent } from '../i18n/numbers'
import { uiMessages } from '../i18n/ui'
import type { AmountUnit } from '../state/viewSlice'
import { formatAmount } from './amounts'
import { useDisplay } from './displayContext'

export type Format = ReturnType<typeof makeFormat>

function makeFormat(lang: Lang, unit: AmountUnit) {
  const t = uiMessages[lang]
  return {
    lang,
    unit,
    unitLabel: t.units[unit],
    amount: (value: Dec) => formatAmount(value, unit, lang),
    amountWithUnit: (value: Dec) => t.units.amount(formatAmount(value, unit, lang), unit),
    staffYears: (value: Dec) => formatDecimal(value, lang, { decimals: 1, minDecimals: 1 }),
    percent: (share: Dec, decimals = 1) => formatPercent(share, lang, decimals),
  }
}

// One set of formatters per language and unit, made once: the same object on every render, so
// memoised parts that take it are not re-rendered by it.
const formats = new Map<string, Format>()

/** Formatters bound to the user's language and amount unit. */
export function useFormat(): Format {
  const { lang, unit } = useDisplay()
  const key = `${lang} ${unit}`
  let format = formats.get(key)
  if (!format) formats.set(key, (format = makeFormat(lang, unit)))
  return format
}
