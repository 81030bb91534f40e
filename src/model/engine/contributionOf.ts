import type { Measure } from '../schema/measure'
import type { CheckedOverrides } from './checkedOverrides'
import { measureContribution, type MeasureContribution } from './measureContribution'
import { measurePlan } from './measurePlan'

// A measure's contribution depends on the measure, its own overrides and the plan years, nothing
// else: switching other measures, or overriding their inputs, reuses it. Keyed by the measure
// object, so an edited model recomputes the measures it changed and keeps the rest. The last few sets
// of overrides used are kept per measure, as scenarios compared side by side differ in theirs.
const KEPT_PER_MEASURE = 4
const cache = new WeakMap<
  Measure,
  { planYears: readonly number[]; byKey: Map<string, MeasureContribution> }
>()

/** What `measure` adds to any selection that counts it, under `checked` overrides. */
export function contributionOf(
  measure: Measure,
  checked: CheckedOverrides,
  planYears: readonly number[],
): MeasureContribution {
  const key = checked.keyOf.get(measure.id) ?? ''
  let entry = cache.get(measure)
  if (entry?.planYears !== planYears) {
    entry = { planYears, byKey: new Map() }
    cache.set(measure, entry)
  }
  const known = entry.byKey.get(key)
  // Set again on use, so that the first key of the map is the one used longest ago.
  entry.byKey.delete(key)
  if (known) {
    entry.byKey.set(key, known)
    return known
  }
  const fresh = measureContribution(measurePlan(measure, checked.byDriver, planYears), planYears)
  entry.byKey.set(key, fresh)
  if (entry.byKey.size > KEPT_PER_MEASURE) entry.byKey.delete(entry.byKey.keys().next().value ?? '')
  return fresh
}
