import type { Lang } from './lang'

// Written out as Intl writes them for nb-NO and en-GB (a test holds them to it): the date is on
// the first screen, and the first Intl object a page makes loads the locale data (see numbers.ts).
/** The months' names, as Intl writes them in a date. */
export const MONTHS: Record<Lang, readonly string[]> = {
  nb: [
    'januar',
    'februar',
    'mars',
    'april',
    'mai',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'desember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
}

/** A calendar date for eyes: "24. november 2026", "24 November 2026". */
export function formatDate(date: Date, lang: Lang): string {
  const month = MONTHS[lang][date.getMonth()]
  const day = lang === 'nb' ? `${date.getDate()}.` : String(date.getDate())
  return `${day} ${month} ${date.getFullYear()}`
}

/** The local calendar date as files and machines write it: "2026-11-24". */
export function isoDate(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`
}
