import type { DriverKind } from '../../../model/drivers/driverKind'
import { freshId, itemsOf, textOf } from './draftChoices'

/**
 * A driver of a kind, as its declaration asks: an id of its own within the measure, the unit and
 * function it needs (the draft's first), each of its own fields at its first value. Its inputs are
 * left for the user, so the check names each one still missing.
 */
export function newDriver(
  kind: DriverKind,
  draft: Record<string, unknown>,
  drivers: unknown,
): Record<string, unknown> {
  const defaults = {
    unit: textOf(itemsOf(draft.units)[0], 'id'),
    function: textOf(itemsOf(draft.kostraFunctions)[0], 'code'),
  }
  return {
    id: freshId(drivers, kind.kind),
    kind: kind.kind,
    ...Object.fromEntries(kind.needs.map((field) => [field, defaults[field]])),
    ...Object.fromEntries(
      Object.entries(kind.extra ?? {}).map(([name, field]) => [
        name,
        Object.keys(field.values)[0] ?? '',
      ]),
    ),
    inputs: {},
  }
}
