import { failedCheck } from '../drivers/failedCheck'
import { checkValue } from '../drivers/inputSpec'
import { driverKinds } from '../drivers/registry'
import { resolveInputs } from '../drivers/resolveInputs'
import type { Problem } from '../problems'
import type { ModelFile } from '../schema/modelFile'
import { overrideTarget } from './overrideTarget'
import type { Overrides } from './types'

/**
 * The one check of overrides, used wherever a scenario's assumptions meet a model: the engine,
 * scenario loading, links and the command line. Valid overrides come back grouped by
 * "measure.driver"; every other override comes back as a problem, and is not used. Overrides of
 * one driver that break a check of its kind together are all left out.
 */
export function checkOverrides(
  model: ModelFile,
  overrides: Overrides,
): { byDriver: Map<string, Record<string, string>>; problems: Problem[] } {
  const byDriver = new Map<string, Record<string, string>>()
  const problems: Problem[] = []
  for (const [key, found] of Object.entries(overrides)) {
    const target = overrideTarget(model, key)
    if (!target) {
      problems.push({ code: 'unknownOverride', key })
      continue
    }
    const issue = checkValue(target.spec, found, model.planYears)
    if (issue) {
      problems.push({ code: 'badOverride', key, issue, found })
      continue
    }
    const driverKey = `${target.measureId}.${target.driver.id}`
    byDriver.set(driverKey, { ...byDriver.get(driverKey), [target.input]: found })
  }
  for (const measure of model.measures) {
    for (const driver of measure.drivers) {
      const driverKey = `${measure.id}.${driver.id}`
      const given = byDriver.get(driverKey)
      const kind = driverKinds[driver.kind]
      const failed = given && kind && failedCheck(kind, resolveInputs(kind, driver, given))
      if (!given || !failed) continue
      for (const [input, found] of Object.entries(given)) {
        problems.push({
          code: 'badOverride',
          key: `${driverKey}.${input}`,
          issue: 'breaksCheck',
          found,
          failed: { kind: driver.kind, check: failed.id },
        })
      }
      byDriver.delete(driverKey)
    }
  }
  return { byDriver, problems }
}
