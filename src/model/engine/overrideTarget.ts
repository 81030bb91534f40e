import type { Driver, InputDefinition } from '../drivers/driverKind'
import { driverKinds } from '../drivers/registry'
import { own } from '../own'
import type { ModelFile } from '../schema/modelFile'
import { splitOverrideKey } from './overrideKey'

/** The driver input an override key names in a model, or null if the model has no such input. */
export function overrideTarget(
  model: ModelFile,
  key: string,
): { measureId: string; driver: Driver; input: string; spec: InputDefinition } | null {
  const parts = splitOverrideKey(key)
  if (!parts) return null
  const driver = model.measures
    .find((m) => m.id === parts.measureId)
    ?.drivers.find((d) => d.id === parts.driverId)
  const spec = driver && own(driverKinds[driver.kind]?.inputs, parts.input)
  return driver && spec ? { measureId: parts.measureId, driver, input: parts.input, spec } : null
}
