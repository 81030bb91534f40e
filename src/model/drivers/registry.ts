import type { DriverKind } from './driverKind'
import { fixedAmount } from './fixedAmount'
import { noMonetaryEffect } from './noMonetaryEffect'
import { oneOff } from './oneOff'
import { percentOfBase } from './percentOfBase'
import { refundedSpending } from './refundedSpending'
import { settlement } from './settlement'
import { staffYears } from './staffYears'

/** Every kind of driver a model file may use. A new kind is a new file added here. */
export const driverKinds: Readonly<Record<string, DriverKind>> = Object.fromEntries(
  [
    staffYears,
    refundedSpending,
    settlement,
    percentOfBase,
    fixedAmount,
    oneOff,
    noMonetaryEffect,
  ].map((kind) => [kind.kind, kind as DriverKind]),
)
