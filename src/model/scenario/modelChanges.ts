import type { InputType } from '../drivers/inputSpec'
import { driverKinds } from '../drivers/registry'
import { resolveInputs } from '../drivers/resolveInputs'
import { dec, toDecimalString, type Dec } from '../money/decimal'
import { own } from '../own'
import type { ModelFile } from '../schema/modelFile'

type Measure = ModelFile['measures'][number]

/** A driver input whose value (as the file gives it, or its default) differs between versions. */
export interface ModelInputChange {
  measure: string
  driver: string
  input: string
  type: InputType
  /** Decimal strings; '' where the version has no value for the input. */
  from: string
  to: string
}

/** What changed between the model version a scenario was made on and the one it is opened on. */
export interface ModelChanges {
  /** Measures the newer version has and the older did not, in the newer version's order. */
  added: { id: string; title: string }[]
  /** Measures the older version had and the newer has not; a scenario may have chosen them. */
  removed: { id: string; title: string }[]
  /** Driver inputs whose values changed, in the newer version's order of measures and drivers. */
  inputs: ModelInputChange[]
  /** Measures in both versions changed otherwise: texts, timing, drivers added, removed or of
   *  another kind. Named so nothing that changes the figures goes unsaid. */
  otherwise: { id: string; title: string }[]
  /** The lasting target, decimal strings, if it changed. */
  target: { from: string; to: string } | null
  /** Whether the targets per plan year changed. */
  targetByYear: boolean
  /** The plan years, if they changed. */
  planYears: { from: number[]; to: number[] } | null
}

const named = (measure: Measure) => ({ id: measure.id, title: measure.title })

/** A measure with its drivers' inputs left out: what else there is to compare. */
const withoutInputs = (measure: Measure) =>
  JSON.stringify({ ...measure, drivers: measure.drivers.map(({ inputs: _, ...rest }) => rest) })

/** An input's value, as a decimal string, or '' where the driver has none. */
const valueOf = (values: Record<string, Dec>, input: string): string => {
  const value = own(values, input)
  return value ? toDecimalString(value) : ''
}

function inputChanges(before: Measure, after: Measure): ModelInputChange[] {
  const changes: ModelInputChange[] = []
  for (const driver of after.drivers) {
    const old = before.drivers.find((d) => d.id === driver.id)
    const kind = Object.hasOwn(driverKinds, driver.kind) ? driverKinds[driver.kind] : undefined
    // A driver added, or one of another kind, is a change of the measure, said as such.
    if (!old || old.kind !== driver.kind || !kind) continue
    const from = resolveInputs(kind, old)
    const to = resolveInputs(kind, driver)
    for (const [input, spec] of Object.entries(kind.inputs)) {
      const a = valueOf(from, input)
      const b = valueOf(to, input)
      // "0.80" and "0.8" are the same value: compared as decimals, not as text.
      if (a === b) continue
      changes.push({ measure: after.id, driver: driver.id, input, type: spec.type, from: a, to: b })
    }
  }
  return changes
}

/**
 * What changed from the model file `made` (the version a scenario was made on) to `opened` (the
 * version it is opened on), in the words a user needs before anything is counted: measures added
 * and removed, driver inputs whose values changed, and the target and plan years.
 */
export function modelChanges(made: ModelFile, opened: ModelFile): ModelChanges {
  const before = new Map(made.measures.map((m) => [m.id, m]))
  const after = new Set(opened.measures.map((m) => m.id))
  const changes: ModelChanges = {
    added: opened.measures.filter((m) => !before.has(m.id)).map(named),
    removed: made.measures.filter((m) => !after.has(m.id)).map(named),
    inputs: [],
    otherwise: [],
    target: null,
    targetByYear: false,
    planYears: null,
  }
  for (const measure of opened.measures) {
    const old = before.get(measure.id)
    if (!old) continue
    changes.inputs.push(...inputChanges(old, measure))
    if (withoutInputs(old) !== withoutInputs(measure)) changes.otherwise.push(named(measure))
  }
  if (!dec(made.target.lasting).equals(dec(opened.target.lasting)))
    changes.target = { from: made.target.lasting, to: opened.target.lasting }
  changes.targetByYear =
    JSON.stringify(made.target.byYear ?? {}) !== JSON.stringify(opened.target.byYear ?? {})
  if (JSON.stringify(made.planYears) !== JSON.stringify(opened.planYears))
    changes.planYears = { from: made.planYears, to: opened.planYears }
  return changes
}
