import type { Evaluation } from '../../model/engine/types'
import type { AmountUnit } from '../../state/viewSlice'
import { chartNumber } from '../amounts'

export interface NetByYearRow {
  label: string
  /** Saving in the chosen unit: positive is lower net expenditure. */
  saving: number
  target: number
}

/** One bar per plan year and one for the lasting effect, with the target beside each. */
export function netByYearRows(
  evaluation: Evaluation,
  unit: AmountUnit,
  lastingLabel: string,
): NetByYearRow[] {
  const target = chartNumber(evaluation.target, unit)
  return [
    ...evaluation.years.map((y) => ({
      label: String(y.year),
      saving: chartNumber(y.saving, unit),
      target,
    })),
    { label: lastingLabel, saving: chartNumber(evaluation.lasting.saving, unit), target },
  ]
}
