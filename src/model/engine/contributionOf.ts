import type { Measure } from '../schema/measure'
import type { CheckedOverrides } from './checkedOverrides'
import { measureContribution, type MeasureContribution } from './measureContribution'
import { measurePlan } from './measurePlan'

// A measure's contribution depends on the measure, its own overrides and the plan years, nothing
// else: switching other measures, or overriding their inputs, reuses it. Keyed by the measure
// object, so an edited model recomputes the measures it changed and keeps the rest. The last few sets
// of overrides used are kept per measure, as scenarios compared side by side differ in theirs.
const KEPT_PER_MEASURE = 4
interface Kept {
  planYears: readonly number[]
  /** The last key used and its contribution: a switch asks for the same again, a thousand times. */
  lastKey: string
  last: MeasureContribution | null
  byKey: Map<string, MeasureContribution>
}
const cache = new WeakMap<Measure, Kept>()

/** What `measure` adds to any selection that counts it, under `checked` overrides. */
export function contributionOf(
  measure: Measure,
  checked: CheckedOverrides,
  planYears: readonly number[],
): MeasureContribution {
  const key = checked.keyOf.get(measure.id) ?? ''
  let kept = cache.get(measure)
  if (kept?.planYears !== planYears) {
    kept = { planYears, lastKey: key, last: null, byKey: new Map() }
    cache.set(measure, kept)
  }
  if (kept.last && kept.lastKey === key) return kept.last
  const known = kept.byKey.get(key)
  // Set again on use, so that the first key of the map is the one used longest ago.
  kept.byKey.delete(key)
  const contribution =
    known ?? measureContribution(measurePlan(measure, checked.byDriver, planYears), planYears)
  kept.byKey.set(key, contribution)
  if (kept.byKey.size > KEPT_PER_MEASURE) kept.byKey.delete(kept.byKey.keys().next().value ?? '')
  kept.lastKey = key
  kept.last = contribution
  return contribution
}
