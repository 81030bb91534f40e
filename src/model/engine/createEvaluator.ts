import type { ValidModel } from '../load/validModel'
import { accumulate, addContribution, type SelectionTotals } from './accumulate'
import { assembleEvaluation } from './assembleEvaluation'
import { checkedOverrides, type CheckedOverrides } from './checkedOverrides'
import { countMeasures, type Counted } from './countMeasures'
import type { MeasureContribution } from './measureContribution'
import { measureEffects } from './measureEffects'
import type { Evaluation, MeasureResult, Overrides } from './types'

/** `evaluate` and `measureEffects` for one model, each call reusing what the last one summed. */
export interface Evaluator {
  evaluate(selection: readonly string[], overrides?: Overrides): Evaluation
  measureEffects(overrides?: Overrides): ReadonlyMap<string, MeasureResult>
}

// Adding or taking off one measure costs about four times what summing it afresh does (every year
// against about the years where its run of whole years begins and ends): past a quarter of the
// counted measures changed, summing afresh is cheaper.
const SWITCHED_SHARE = 4

interface Summed {
  byPlace: readonly (MeasureContribution | null)[]
  totals: SelectionTotals
}

/** The totals of `before` switched to the measures `now` counts, or null where summing afresh is cheaper. */
function switched(before: Summed, { counted, byPlace }: Counted) {
  const gone: MeasureContribution[] = []
  const come: MeasureContribution[] = []
  byPlace.forEach((c, i) => {
    const was = before.byPlace[i]
    if (was === c) return
    if (was) gone.push(was)
    if (c) come.push(c)
  })
  if ((gone.length + come.length) * SWITCHED_SHARE > counted.length) return null
  for (const c of gone) addContribution(before.totals, c, -1)
  for (const c of come) addContribution(before.totals, c, 1)
  return before.totals
}

/**
 * An evaluator for `model`, the same as `evaluate(model, …)` and `measureEffects(model, …)`, result
 * for result. It keeps the totals of the last selection: the next one takes off the measures no
 * longer counted (or counted with other overrides) and adds the new ones, so a switch costs that
 * measure's figures and not those of every measure. Sums are exact, so the order does not matter.
 */
export function createEvaluator(model: ValidModel): Evaluator {
  let last: Summed | null = null
  let effects: { checked: CheckedOverrides; result: ReadonlyMap<string, MeasureResult> } | null =
    null

  function totalsOf(now: Counted): SelectionTotals {
    const totals = (last && switched(last, now)) ?? accumulate(now.counted, model.planYears.length)
    last = { byPlace: now.byPlace, totals }
    return totals
  }

  return {
    evaluate(selection, overrides = {}) {
      const counted = countMeasures(model, selection, checkedOverrides(model, overrides))
      return assembleEvaluation(model, counted, totalsOf(counted))
    },
    measureEffects(overrides = {}) {
      const checked = checkedOverrides(model, overrides)
      if (effects?.checked !== checked)
        effects = { checked, result: measureEffects(model, overrides) }
      return effects.result
    },
  }
}
