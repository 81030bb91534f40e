import { libraryMessages } from '../../i18n/model/library'
import { useLang } from '../useText'

/** The model list's words in the user's language. */
export function useLibraryText() {
  return libraryMessages[useLang()]
}
