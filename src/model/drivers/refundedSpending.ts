import { defineDriverKind } from './driverKind'
import { InputType } from './inputSpec'

/**
 * A change in gross spending that the state refunds at a rate, so the refund moves with it:
 * net = gross × (1 − rate). Cutting 5,0 mill. at 80 % refund saves the municipality 1,0 mill.
 */
export const refundedSpending = defineDriverKind({
  kind: 'refundedSpending',
  needs: ['unit', 'function'],
  inputs: {
    grossChange: { type: InputType.amount },
    refundRate: { type: InputType.rate },
    staffYearsChange: { type: InputType.staffYears, defaultValue: '0' },
  },
  compute: ({ grossChange, refundRate, staffYearsChange }) => ({
    gross: grossChange,
    income: grossChange.times(refundRate).negated(),
    staffYears: staffYearsChange,
  }),
})
