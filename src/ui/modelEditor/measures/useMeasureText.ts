import { measureEditorMessages } from '../../../i18n/model/measures'
import { useLang } from '../../useText'

/** The measure editor's words in the user's language. */
export function useMeasureText() {
  return measureEditorMessages[useLang()]
}
