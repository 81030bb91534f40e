import type { Totals } from '../../model/engine/types'
import type { ValidModel } from '../../model/load/validModel'
import { dec, sum, ZERO } from '../../model/money/decimal'
import { own } from '../../model/own'

export interface StaffYearsRow {
  unit: string
  before: number
  after: number
}

/** Staff-years per unit in the base year and after the measures; units the measures touch first. */
export function staffYearsRows(model: ValidModel, totals: Totals): StaffYearsRow[] {
  return model.units
    .map((unit) => {
      const before = sum(unit.teams.map((team) => dec(team.staffYears)))
      const change = own(totals.staffYearsByUnit, unit.id) ?? ZERO
      return {
        unit: unit.name,
        before: before.toNumber(),
        after: before.plus(change).toNumber(),
        changed: !change.isZero(),
      }
    })
    .sort((a, b) => Number(b.changed) - Number(a.changed))
    .map(({ unit, before, after }) => ({ unit, before, after }))
}
