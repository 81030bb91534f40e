import type { InputType } from '../drivers/inputSpec'
import { driverKinds } from '../drivers/registry'
import { resolveInputs } from '../drivers/resolveInputs'
import { checkOverrides } from '../engine/checkOverrides'
import { overrideKey } from '../engine/overrideKey'
import type { Overrides } from '../engine/types'
import { dec, toDecimalString } from '../money/decimal'
import type { ModelFile } from '../schema/modelFile'

/** One driver input a scenario uses with another value than the model file's. */
export interface ChangedInput {
  /** The override key, "D.groupHomes.refundRate". */
  key: string
  measure: string
  driver: string
  input: string
  type: InputType
  /** The model file's value (or the default it leaves the input at), a decimal string. */
  file: string
  /** The value the figures are computed with, a decimal string. */
  used: string
}

/**
 * The inputs a scenario's overrides change, in the model's order of measures, drivers and inputs.
 * Only overrides the engine uses count, and only where the value differs from the file's: an
 * override that restates the file's value ("0.80" for "0.8") changes nothing.
 */
export function changedInputs(model: ModelFile, overrides: Overrides): ChangedInput[] {
  const { byDriver } = checkOverrides(model, overrides)
  const changed: ChangedInput[] = []
  for (const measure of model.measures) {
    for (const driver of measure.drivers) {
      const given = byDriver.get(`${measure.id}.${driver.id}`)
      const kind = driverKinds[driver.kind]
      if (!given || !kind) continue
      const file = resolveInputs(kind, driver)
      for (const [input, spec] of Object.entries(kind.inputs)) {
        const used = Object.hasOwn(given, input) ? given[input] : undefined
        const fileValue = file[input]
        if (used === undefined || (fileValue && fileValue.equals(dec(used)))) continue
        changed.push({
          key: overrideKey(measure.id, driver.id, input),
          measure: measure.id,
          driver: driver.id,
          input,
          type: spec.type,
          file: fileValue ? toDecimalString(fileValue) : '',
          used: toDecimalString(dec(used)),
        })
      }
    }
  }
  return changed
}
