import type { Driver, InputDefinition } from '../../model/drivers/driverKind'
import { driverKinds } from '../../model/drivers/registry'
import { resolveInputs } from '../../model/drivers/resolveInputs'
import { overrideKey } from '../../model/engine/overrideKey'
import { toDecimalString, ZERO } from '../../model/money/decimal'
import { own } from '../../model/own'
import type { Measure } from '../../model/schema/measure'

/** One driver input a user may change: the key its override goes under, and the file's value. */
export interface Assumption {
  input: string
  key: string
  spec: InputDefinition
  fileValue: string
}

/** A measure's driver with the inputs it offers as assumptions. */
export interface DriverAssumptions {
  driver: Driver
  assumptions: Assumption[]
}

const known = new WeakMap<Measure, DriverAssumptions[]>()

/** A measure's drivers as assumptions to change, once per measure of a loaded model. */
export function measureAssumptions(measure: Measure): DriverAssumptions[] {
  const cached = known.get(measure)
  if (cached) return cached
  const result = measure.drivers.flatMap((driver): DriverAssumptions[] => {
    const kind = own(driverKinds, driver.kind)
    if (!kind) return []
    const fileInputs = resolveInputs(kind, driver)
    return [
      {
        driver,
        assumptions: Object.entries(kind.inputs).map(([input, spec]) => ({
          input,
          key: overrideKey(measure.id, driver.id, input),
          spec,
          fileValue: toDecimalString(own(fileInputs, input) ?? ZERO),
        })),
      },
    ]
  })
  known.set(measure, result)
  return result
}
