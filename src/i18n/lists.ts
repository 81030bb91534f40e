import { LOCALE, type Lang } from './lang'

// One per language, made when a list of two or more is first written: the first Intl object a page
// makes loads the locale data, which the first screen should not wait for (see numbers.ts).
const formats = new Map<Lang, Intl.ListFormat>()

/** "B1, B2 og B3" / "B1, B2 and B3". */
export function joinList(items: readonly string[], lang: Lang): string {
  if (items.length < 2) return items[0] ?? ''
  let format = formats.get(lang)
  if (!format) {
    format = new Intl.ListFormat(LOCALE[lang], { type: 'conjunction' })
    formats.set(lang, format)
  }
  return format.format(items)
}
