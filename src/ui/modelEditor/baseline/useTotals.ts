import { baselineTotalsOf } from '../../../state/baselineTotals'
import { formatDecimal } from '../../../i18n/numbers'
import { useScenario } from '../../../state/store'
import { useLang } from '../../useText'
import { useBaselineText } from './useBaselineText'

/** The totals of the baseline being edited, and a way to show one: exact, the Norwegian way. */
export function useTotals() {
  const file = useScenario((s) => s.modelEdit?.file)
  const lang = useLang()
  const t = useBaselineText()
  return {
    totals: baselineTotalsOf(file ?? {}),
    show: (total: string | null) =>
      total === null ? t.totals.unknown : formatDecimal(total, lang),
  }
}
