import { ONE, type Dec } from '../money/decimal'
import type { Household } from '../schema/baseline'
import type { HouseholdEffect, Measure } from '../schema/measure'
import { householdBudget } from './householdBudget'
import type { HouseholdResult } from './types'

interface Applied {
  measure: string
  effect: HouseholdEffect
  factor: Dec
}

function factorsOf(applied: readonly Applied[]): Map<string, Dec> {
  const factors = new Map<string, Dec>()
  for (const { effect, factor } of applied) {
    factors.set(effect.line, (factors.get(effect.line) ?? ONE).times(factor))
  }
  return factors
}

/**
 * The worked household cases before and after the selected measures that change benefit rates.
 * `rateChange(measure, driverId)` gives the driver's rate change with overrides applied.
 */
export function householdResults(
  households: readonly Household[],
  selected: readonly Measure[],
  rateChange: (measure: Measure, driverId: string) => Dec,
): HouseholdResult[] {
  return households.map((household) => ({
    id: household.id,
    title: household.title,
    regimes: household.regimes.map((regime) => {
      const applied: Applied[] = selected.flatMap((measure) =>
        (measure.householdEffects ?? [])
          .filter((e) => e.household === household.id && e.regime === regime.id)
          .map((effect) => ({
            measure: measure.id,
            effect,
            factor: ONE.plus(rateChange(measure, effect.driver)),
          })),
      )
      const general = applied.filter((a) => a.effect.situation === undefined)
      const before = householdBudget(household, regime.id)
      const after =
        general.length > 0 ? householdBudget(household, regime.id, factorsOf(general)) : before
      return {
        id: regime.id,
        label: regime.label,
        lines: before.lines.map((line, i) => ({
          id: line.id,
          label: line.label,
          before: line.amount,
          after: after.lines[i]?.amount ?? line.amount,
        })),
        before: before.disposable,
        after: after.disposable,
        situations: applied.flatMap((a) =>
          a.effect.situation === undefined
            ? []
            : [
                {
                  measure: a.measure,
                  situation: a.effect.situation,
                  disposable: householdBudget(household, regime.id, factorsOf([...general, a]))
                    .disposable,
                },
              ],
        ),
      }
    }),
  }))
}
