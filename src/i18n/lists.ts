import type { Lang } from './lang'

// Written from the two languages' words rather than by Intl.ListFormat: the first ListFormat a page
// makes loads its locale data, some 60 ms the first screen (its warnings name lists of measures)
// would wait for. tests/i18n/asIntlWrites.test.ts holds this to what Intl writes.
const LAST_JOIN: Record<Lang, string> = { nb: ' og ', en: ' and ' }

/** "B1, B2 og B3" / "B1, B2 and B3". */
export function joinList(items: readonly string[], lang: Lang): string {
  if (items.length < 2) return items[0] ?? ''
  return `${items.slice(0, -1).join(', ')}${LAST_JOIN[lang]}${items.at(-1)}`
}
