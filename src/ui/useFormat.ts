import type { Dec } from '../model/money/decimal'
import { formatDecimal, formatPercent } from '../i18n/numbers'
import { useScenario } from '../state/store'
import { formatAmount } from './amounts'
import { useText } from './useText'

/** Formatters bound to the user's language and amount unit. */
export function useFormat() {
  const lang = useScenario((s) => s.lang)
  const unit = useScenario((s) => s.unit)
  const t = useText()
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
