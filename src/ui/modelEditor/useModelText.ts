import { modelEditorMessages } from '../../i18n/model/editor'
import { useLang } from '../useText'

/** The model editor's words in the user's language. */
export function useModelEditorText() {
  return modelEditorMessages[useLang()]
}
