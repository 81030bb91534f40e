import type { ValidModel } from '../load/validModel'
import { checkOverrides } from './checkOverrides'
import { measurePlan } from './measurePlan'
import { measureResult } from './measureResult'
import type { MeasureResult, Overrides } from './types'

/**
 * Every measure's own effect with the overrides, chosen or not and whatever the rules: what each
 * would contribute if counted. Measures do not change each other's effect, so a selection's total
 * is the sum of these for the measures it counts.
 */
export function measureEffects(
  model: ValidModel,
  overrides: Overrides = {},
): ReadonlyMap<string, MeasureResult> {
  const { byDriver } = checkOverrides(model, overrides)
  return new Map(
    model.measures.map((measure) => [
      measure.id,
      measureResult(measurePlan(measure, byDriver, model.planYears), model.planYears),
    ]),
  )
}
