import { useMemo } from 'react'
import { LOCALE } from '../../i18n/lang'
import { useLang } from '../useText'

/**
 * Chart numbers, for eyes only: ticks as short as they can be, values with the unit's decimals.
 * The formatters are made once per language and decimals, not on every render.
 */
export function useChartNumbers(decimals: number) {
  const lang = useLang()
  return useMemo(() => {
    const tick = new Intl.NumberFormat(LOCALE[lang], {
      maximumFractionDigits: 2,
      signDisplay: 'negative',
    })
    const value = new Intl.NumberFormat(LOCALE[lang], {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      signDisplay: 'negative',
    })
    return { tick: (n: number) => tick.format(n), format: (n: number) => value.format(n) }
  }, [lang, decimals])
}
