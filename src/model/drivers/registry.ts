import type { DriverKind } from './driverKind'
import { countChange } from './kinds/countChange'
import { fixedAmount } from './kinds/fixedAmount'
import { noMonetaryEffect } from './kinds/noMonetaryEffect'
import { oneOff } from './kinds/oneOff'
import { percentOfBase } from './kinds/percentOfBase'
import { refundedSpending } from './kinds/refundedSpending'
import { settlement } from './kinds/settlement'
import { staffYears } from './kinds/staffYears'

/**
 * Every kind of driver a model file may use, in the order the docs and the editor list them. A new
 * kind is a file in kinds/ listed here; its schema, names, checks and docs follow from the file.
 */
export const driverKinds: Readonly<Record<string, DriverKind>> = Object.fromEntries(
  [
    staffYears,
    refundedSpending,
    settlement,
    percentOfBase,
    countChange,
    fixedAmount,
    oneOff,
    noMonetaryEffect,
  ].map((kind) => [kind.kind, kind as DriverKind]),
)
