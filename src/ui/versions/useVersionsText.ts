import { versionsMessages } from '../../i18n/model/versions'
import { useLang } from '../useText'

/** The words about model versions in the user's language. */
export function useVersionsText() {
  return versionsMessages[useLang()]
}
