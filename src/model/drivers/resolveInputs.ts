import { dec, type Dec } from '../money/decimal'
import { own } from '../own'
import type { Driver, DriverKind } from './driverKind'

/**
 * The driver's inputs as numbers: the file's values, replaced by any override, with left-out
 * inputs filled from their defaults. `overrides` holds already validated decimal strings.
 */
export function resolveInputs(
  kind: DriverKind,
  driver: Driver,
  overrides: Readonly<Record<string, string>> = {},
): Record<string, Dec> {
  const given = (name: string): string | undefined =>
    own(overrides, name) ?? own(driver.inputs, name)
  const resolved: Record<string, Dec> = {}
  for (const [name, spec] of Object.entries(kind.inputs)) {
    const value = given(name) ?? spec.defaultValue
    if (value !== undefined) resolved[name] = dec(value)
  }
  for (const [name, spec] of Object.entries(kind.inputs)) {
    if (resolved[name] === undefined && spec.defaultsTo) {
      const fallback = own(resolved, spec.defaultsTo)
      if (fallback) resolved[name] = fallback
    }
  }
  return resolved
}
