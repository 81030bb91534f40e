import type { Dec } from '../../model/money/decimal'
import { perEvaluation } from './perEvaluation'

/** One line of a household's table: a benefit regime, or a situation one measure applies in. */
export interface HouseholdRow {
  key: string
  /** Set on a regime's own row; a situation row names its measure and situation instead. */
  regime?: string
  situation?: { measure: string; situation: string }
  before: Dec
  after: Dec
  change: Dec
  /** The test id of the regime's after-cell. */
  regimeId?: string
}

export interface HouseholdTable {
  id: string
  title: string
  rows: HouseholdRow[]
}

/** What each household has left a month under each regime and situation, once per evaluation. */
export const householdTables = perEvaluation((evaluation, _: 0): HouseholdTable[] =>
  evaluation.households.map((household) => ({
    id: household.id,
    title: household.title,
    rows: household.regimes.flatMap((regime): HouseholdRow[] => [
      {
        key: regime.id,
        regime: regime.label,
        regimeId: regime.id,
        before: regime.before,
        after: regime.after,
        change: regime.after.minus(regime.before),
      },
      ...regime.situations.map((situation) => ({
        key: `${regime.id}-${situation.measure}`,
        situation: { measure: situation.measure, situation: situation.situation },
        before: regime.before,
        after: situation.disposable,
        change: situation.disposable.minus(regime.before),
      })),
    ]),
  })),
)
