import { LOCALE } from '../../i18n/lang'
import { useLang } from '../useText'

/** Axis and tooltip numbers, for eyes only. */
export function useTick(): (value: number) => string {
  const format = new Intl.NumberFormat(LOCALE[useLang()], { maximumFractionDigits: 2 })
  return (value) => format.format(value)
}
