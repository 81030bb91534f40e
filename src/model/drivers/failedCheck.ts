import type { Dec } from '../money/decimal'
import type { DriverCheck, DriverKind } from './driverKind'

/** The first of a kind's checks its resolved inputs fail, if any. */
export function failedCheck(
  kind: DriverKind,
  inputs: Readonly<Record<string, Dec>>,
): DriverCheck<string> | undefined {
  return kind.checks?.find((check) => check.fails(inputs))
}
