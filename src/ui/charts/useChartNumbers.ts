import { useMemo } from 'react'
import type { Lang } from '../../i18n/lang'
import { formatDecimal } from '../../i18n/numbers'
import { useLang } from '../useText'

// A chart's number rounded as Intl rounds it (half away from zero, on the number's exact value);
// written by formatDecimal, so that drawing the charts does not load Intl's locale data.
const fixed = (n: number, places: number) => (Number.isFinite(n) ? n.toFixed(places) : '0')

/** Chart numbers, for eyes only: ticks as short as they can be, values with the unit's decimals. */
export function chartNumbers(lang: Lang, decimals: number) {
  return {
    tick: (n: number) => formatDecimal(fixed(n, 2), lang),
    format: (n: number) => formatDecimal(fixed(n, decimals), lang, { minDecimals: decimals }),
  }
}

export function useChartNumbers(decimals: number) {
  const lang = useLang()
  return useMemo(() => chartNumbers(lang, decimals), [lang, decimals])
}
