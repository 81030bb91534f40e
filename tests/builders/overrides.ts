import fc from 'fast-check'
import { InputType, type InputSpec } from '../../src/model/drivers/inputSpec'
import { driverKinds } from '../../src/model/drivers/registry'
import { overrideKey } from '../../src/model/engine/overrideKey'
import type { Overrides } from '../../src/model/engine/types'
import type { ValidModel } from '../../src/model/load/validModel'
import { dec, toDecimalString } from '../../src/model/money/decimal'

/** Decimal strings from min to max in steps of 1/scale. */
const decimalString = (min: number, max: number, scale: number) =>
  fc
    .integer({ min: min * scale, max: max * scale })
    .map((n) => toDecimalString(dec(n).dividedBy(scale)))

/** Any value a user could type that the input's spec accepts. */
function valueFor(spec: InputSpec, planYears: readonly number[]): fc.Arbitrary<string> {
  switch (spec.type) {
    case InputType.rate:
      return decimalString(0, 1, 10000)
    case InputType.rateChange:
      return decimalString(-1, 1, 1000)
    case InputType.year:
      return fc.constantFrom(...planYears.map(String))
    case InputType.staffYears:
    case InputType.persons:
      return decimalString(-40, 40, 10)
    case InputType.amount:
      return spec.nonNegative
        ? decimalString(0, 20_000_000, 100)
        : decimalString(-20_000_000, 20_000_000, 100)
  }
}

/** Every input of the model's drivers, each with the values a user could give it. */
export function overridableInputs(model: ValidModel) {
  return model.measures.flatMap((m) =>
    m.drivers.flatMap((d) =>
      Object.entries(driverKinds[d.kind]?.inputs ?? {}).map(([input, spec]) => ({
        key: overrideKey(m.id, d.id, input),
        value: valueFor(spec, model.planYears),
      })),
    ),
  )
}

/** Up to `maxLength` overrides of the model's inputs, each valid for its input's type. */
export function overridesFor(model: ValidModel, maxLength = 8): fc.Arbitrary<Overrides> {
  return fc
    .subarray(overridableInputs(model), { maxLength })
    .chain((chosen) =>
      fc
        .tuple(...chosen.map((k) => k.value))
        .map((values) => Object.fromEntries(chosen.map((k, i) => [k.key, values[i] ?? '0']))),
    )
}
