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
  return [
    ...evaluation.years.map((y) => ({
      label: String(y.year),
      saving: chartNumber(y.saving, unit),
      target: chartNumber(y.target, unit),
    })),
    {
      label: lastingLabel,
      saving: chartNumber(evaluation.lasting.saving, unit),
      target: chartNumber(evaluation.target, unit),
    },
  ]
}
