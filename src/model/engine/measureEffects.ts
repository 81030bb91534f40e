import type { ValidModel } from '../load/validModel'
import { checkedOverrides } from './checkedOverrides'
import { contributionOf } from './contributionOf'
import type { MeasureResult, Overrides } from './types'

/**
 * Every measure's own effect with the overrides, chosen or not and whatever the rules: what each
 * would contribute if counted. Measures do not change each other's effect, so a selection's total
 * is the sum of these for the measures it counts. Shares each measure's figures with `evaluate`,
 * so a changed override recomputes only the measure it belongs to.
 */
export function measureEffects(
  model: ValidModel,
  overrides: Overrides = {},
): ReadonlyMap<string, MeasureResult> {
  const checked = checkedOverrides(model, overrides)
  return new Map(
    model.measures.map((m) => [m.id, contributionOf(m, checked, model.planYears).result]),
  )
}
