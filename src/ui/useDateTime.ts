import { LOCALE, type Lang } from '../i18n/lang'
import { useLang } from './useText'

// Making an Intl.DateTimeFormat costs far more than using one: one per language is made, when a
// time is first shown (the first screen mostly shows none), and kept.
const formats = new Map<Lang, Intl.DateTimeFormat>()
function formatOf(lang: Lang): Intl.DateTimeFormat {
  const known = formats.get(lang)
  if (known) return known
  const fresh = new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'medium', timeStyle: 'short' })
  formats.set(lang, fresh)
  return fresh
}

/** An ISO time as the user's language writes it; a time that is not one is shown as it is. */
export function useDateTime(): (iso: string) => string {
  const lang = useLang()
  return (iso) => {
    const date = new Date(iso)
    return Number.isNaN(date.getTime()) ? iso : formatOf(lang).format(date)
  }
}
