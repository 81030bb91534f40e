import { checkInput, InputType } from '../drivers/inputSpec'
import { driverKinds } from '../drivers/registry'
import { resolveInputs } from '../drivers/resolveInputs'
import { own } from '../own'
import type { Problem } from '../problems'
import type { ModelFile } from '../schema/modelFile'
import { splitOverrideKey } from './overrideKey'
import type { Overrides } from './types'

/** Valid overrides grouped by "measure.driver", and a problem for each one that is not. */
export function checkOverrides(
  model: ModelFile,
  overrides: Overrides,
): { byDriver: Map<string, Record<string, string>>; problems: Problem[] } {
  const byDriver = new Map<string, Record<string, string>>()
  const problems: Problem[] = []
  for (const [key, found] of Object.entries(overrides)) {
    const parts = splitOverrideKey(key)
    const driver = model.measures
      .find((m) => m.id === parts?.measureId)
      ?.drivers.find((d) => d.id === parts?.driverId)
    const spec = driver && parts ? own(driverKinds[driver.kind]?.inputs, parts.input) : undefined
    if (!parts || !spec) {
      problems.push({ code: 'unknownOverride', key })
      continue
    }
    const issue = checkInput(spec, found)
    if (issue) {
      problems.push({ code: 'badOverride', key, issue, found })
    } else if (spec.type === InputType.year && !model.planYears.includes(Number(found))) {
      problems.push({ code: 'badOverride', key, issue: 'yearNotInPlan', found })
    } else {
      const driverKey = `${parts.measureId}.${parts.driverId}`
      byDriver.set(driverKey, { ...byDriver.get(driverKey), [parts.input]: found })
    }
  }
  for (const measure of model.measures) {
    for (const driver of measure.drivers) {
      const driverKey = `${measure.id}.${driver.id}`
      const given = byDriver.get(driverKey)
      const kind = driverKinds[driver.kind]
      const broken = given && kind?.check?.(resolveInputs(kind, driver, given))
      if (!given || !broken) continue
      // The relation is broken by the overrides together, so none of them is used.
      const input = Object.hasOwn(given, broken.input)
        ? broken.input
        : (Object.keys(given)[0] ?? broken.input)
      const key = `${driverKey}.${input}`
      const found = own(given, input) ?? ''
      problems.push({ code: 'badOverride', key, issue: broken.code, found })
      byDriver.delete(driverKey)
    }
  }
  return { byDriver, problems }
}
