import { LOCALE } from '../i18n/lang'
import { useLang } from './useText'

/** An ISO time as the user's language writes it; a time that is not one is shown as it is. */
export function useDateTime(): (iso: string) => string {
  const format = new Intl.DateTimeFormat(LOCALE[useLang()], {
    dateStyle: 'medium',
    timeStyle: 'short',
  })
  return (iso) => {
    const date = new Date(iso)
    return Number.isNaN(date.getTime()) ? iso : format.format(date)
  }
}
