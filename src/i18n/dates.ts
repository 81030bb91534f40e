import { LOCALE, type Lang } from './lang'

/** A calendar date for eyes: "24. november 2026", "24 November 2026". */
export function formatDate(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALE[lang], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(date)
}

/** The local calendar date as files and machines write it: "2026-11-24". */
export function isoDate(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`
}
