import { failedCheck } from '../drivers/failedCheck'
import { checkValue } from '../drivers/inputSpec'
import { driverKinds } from '../drivers/registry'
import { resolveInputs } from '../drivers/resolveInputs'
import { toDecimalString } from '../money/decimal'
import type { Problem } from '../problems'
import type { ModelFile } from '../schema/modelFile'

/** Driver inputs that are fine one by one but not together, or name a year outside the plan. */
export function checkDrivers(model: ModelFile, problems: Problem[]): void {
  model.measures.forEach((measure, m) =>
    measure.drivers.forEach((driver, d) => {
      const kind = driverKinds[driver.kind]
      if (!kind) return
      const inputs = resolveInputs(kind, driver)
      const at = ['measures', m, 'drivers', d, 'inputs'] as const
      const failed = failedCheck(kind, inputs)
      if (failed) {
        problems.push({
          code: 'driverCheck',
          path: [...at, failed.input],
          failed: { kind: kind.kind, check: failed.id },
        })
      }
      for (const [name, spec] of Object.entries(kind.inputs)) {
        const value = inputs[name]
        if (value && checkValue(spec, toDecimalString(value), model.planYears) === 'yearNotInPlan')
          problems.push({
            code: 'yearNotInPlan',
            path: [...at, name],
            year: value.toNumber(),
            planYears: model.planYears,
          })
      }
    }),
  )
}
