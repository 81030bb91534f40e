import { baselineMessages } from '../../../i18n/model/baseline'
import { useLang } from '../../useText'

/** The baseline editor's words in the user's language. */
export function useBaselineText() {
  return baselineMessages[useLang()]
}
