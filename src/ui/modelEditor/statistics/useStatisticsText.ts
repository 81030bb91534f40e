import { statisticsMessages } from '../../../i18n/model/statistics'
import { useLang } from '../../useText'

/** The statistics import's words in the user's language. */
export function useStatisticsText() {
  return statisticsMessages[useLang()]
}
