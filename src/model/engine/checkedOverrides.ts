import type { ValidModel } from '../load/validModel'
import type { Problem } from '../problems'
import { checkOverrides } from './checkOverrides'
import type { Overrides } from './types'

/** A scenario's overrides checked against a model once, for every measure to use. */
export interface CheckedOverrides {
  /** The valid overrides by "measure.driver". */
  byDriver: ReadonlyMap<string, Record<string, string>>
  problems: Problem[]
  /** For each measure with valid overrides, a key that changes whenever they change. */
  keyOf: ReadonlyMap<string, string>
}

function check(model: ValidModel, overrides: Overrides): CheckedOverrides {
  const { byDriver, problems } = checkOverrides(model, overrides)
  const touched = new Set([...byDriver.keys()].map((key) => key.slice(0, key.indexOf('.'))))
  const keyOf = new Map<string, string>()
  for (const measure of model.measures) {
    if (!touched.has(measure.id)) continue
    const inputs = measure.drivers.map((d) => byDriver.get(`${measure.id}.${d.id}`) ?? null)
    keyOf.set(measure.id, JSON.stringify(inputs))
  }
  return { byDriver, problems, keyOf }
}

const sameOverrides = (a: readonly [string, string][], b: readonly [string, string][]) =>
  a.length === b.length && a.every(([key, value], i) => b[i]?.[0] === key && b[i]?.[1] === value)

// The last overrides each model was asked about: a switch keeps the overrides, so it skips the
// check. Compared by content, not identity, so that a caller may build equal overrides anew.
const last = new WeakMap<ValidModel, { entries: [string, string][]; checked: CheckedOverrides }>()

/** `checkOverrides` with each measure's key, worked out again only when the overrides change. */
export function checkedOverrides(model: ValidModel, overrides: Overrides): CheckedOverrides {
  const entries = Object.entries(overrides)
  const known = last.get(model)
  if (known && sameOverrides(known.entries, entries)) return known.checked
  const checked = check(model, overrides)
  last.set(model, { entries, checked })
  return checked
}
