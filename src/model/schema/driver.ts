import type { Driver, DriverKind } from '../drivers/driverKind'
import { driverKinds } from '../drivers/registry'
import { decimal, id, longText, object, oneOf, tagged, type Decoder } from './decoders'
import { kostraCode } from './common'

function driverDecoder(kind: DriverKind): Decoder<unknown> {
  const required: Record<string, Decoder<string>> = {}
  const optional: Record<string, Decoder<string>> = {}
  for (const [name, spec] of Object.entries(kind.inputs)) {
    const target = spec.defaultValue !== undefined || spec.defaultsTo ? optional : required
    target[name] = decimal(spec)
  }
  const references = { unit: id(), function: kostraCode() }
  const needed = Object.fromEntries(kind.needs.map((field) => [field, references[field]]))
  const optionalReferences = Object.fromEntries(
    Object.entries(references).filter(([field]) => !kind.needs.includes(field as never)),
  )
  return object(
    {
      id: id(),
      kind: oneOf([kind.kind]),
      inputs: object(required, optional),
      ...needed,
      ...Object.fromEntries(
        Object.entries(kind.extra ?? {}).map(([name, field]) => [name, field.decoder]),
      ),
    },
    { ...optionalReferences, team: id(), incomeFunction: kostraCode(), note: longText() },
  )
}

/** A driver of any registered kind; which fields it must have is read from its kind. */
export const driver = (): Decoder<Driver> =>
  tagged(
    'kind',
    Object.fromEntries(Object.values(driverKinds).map((kind) => [kind.kind, driverDecoder(kind)])),
  ) as Decoder<Driver>
