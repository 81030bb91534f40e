import { ZERO } from '../money/decimal'
import { defineDriverKind } from './driverKind'
import { InputType } from './inputSpec'

/**
 * A relative change on a spending base. The potential applies it to the whole base; the realistic
 * effect only to the part where it is expected to hold (after individual assessment, say).
 */
export const percentOfBase = defineDriverKind({
  kind: 'percentOfBase',
  needs: ['function'],
  inputs: {
    base: { type: InputType.amount, nonNegative: true },
    rateChange: { type: InputType.rateChange },
    affectedBase: { type: InputType.amount, nonNegative: true, defaultsTo: 'base' },
  },
  check: ({ base, affectedBase }) =>
    affectedBase.gt(base) ? { input: 'affectedBase', code: 'affectedExceedsBase' } : null,
  compute: ({ base, rateChange, affectedBase }) => ({
    gross: affectedBase.times(rateChange),
    income: ZERO,
    staffYears: ZERO,
    potential: base.times(rateChange),
  }),
})
