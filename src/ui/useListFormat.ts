import { joinList } from '../i18n/lists'
import { useLang } from './useText'

/** "B1, B2 og B3" / "B1, B2 and B3" */
export function useListFormat(): (items: readonly string[]) => string {
  const lang = useLang()
  return (items) => joinList(items, lang)
}
