import type { Totals } from '../../model/engine/types'
import { kostraName } from '../../model/kostraName'
import type { ValidModel } from '../../model/load/validModel'
import type { AmountUnit } from '../../state/viewSlice'
import { chartNumber } from '../amounts'

export interface FunctionRow {
  label: string
  /** Saving in the chosen unit: positive is lower net expenditure, as in every chart. */
  saving: number
}

/** The saving per KOSTRA function, by code, named as the year names them. */
export function functionRows(
  model: ValidModel,
  totals: Totals,
  year: number,
  unit: AmountUnit,
): FunctionRow[] {
  return Object.entries(totals.byFunction)
    .filter(([, value]) => !value.isZero())
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, value]) => ({
      label: `${code} ${kostraName(model, code, year)}`,
      saving: chartNumber(value.negated(), unit),
    }))
}
