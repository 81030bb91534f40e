import { LOCALE } from '../i18n/lang'
import { useLang } from './useText'

/** "B1, B2 og B3" / "B1, B2 and B3" */
export function useListFormat(): (items: readonly string[]) => string {
  const format = new Intl.ListFormat(LOCALE[useLang()], { type: 'conjunction' })
  return (items) => format.format(items)
}
