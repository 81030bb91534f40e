import { driverKinds } from '../drivers/registry'
import { InputType } from '../drivers/inputSpec'
import { resolveInputs } from '../drivers/resolveInputs'
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
      const broken = kind.check?.(inputs)
      if (broken) problems.push({ code: broken.code, path: [...at, broken.input] })
      for (const [name, spec] of Object.entries(kind.inputs)) {
        const year = inputs[name]?.toNumber()
        if (spec.type === InputType.year && year !== undefined && !model.planYears.includes(year)) {
          problems.push({
            code: 'yearNotInPlan',
            path: [...at, name],
            year,
            planYears: model.planYears,
          })
        }
      }
    }),
  )
}
