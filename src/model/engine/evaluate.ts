import type { ValidModel } from '../load/validModel'
import { accumulate } from './accumulate'
import { assembleEvaluation } from './assembleEvaluation'
import { checkedOverrides } from './checkedOverrides'
import { countMeasures } from './countMeasures'
import type { Evaluation, Overrides } from './types'

/**
 * The effect of a selection of measures, with driver inputs overridden, for every plan year and
 * for the lasting state after time-limited measures have ended. NOK per year as changes in net
 * expenditure (negative = saving). Problems come back as values. Measures that break a rule are
 * left out of every figure and named in `excluded`, with the rule in `problems`. Each measure's
 * own figures are reused from earlier calls (they depend on nothing else); the totals are summed
 * afresh. `createEvaluator` gives the same result, summing only what a switch changed.
 */
export function evaluate(
  model: ValidModel,
  selection: readonly string[],
  overrides: Overrides = {},
): Evaluation {
  const counted = countMeasures(model, selection, checkedOverrides(model, overrides))
  return assembleEvaluation(model, counted, accumulate(counted.counted, model.planYears.length))
}
