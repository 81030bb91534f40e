import { ZERO } from '../money/decimal'
import { defineDriverKind } from './driverKind'
import { InputType } from './inputSpec'

/** Staff-years removed or added × what a staff-year costs (pay, holiday pay, employer's tax, pension). */
export const staffYears = defineDriverKind({
  kind: 'staffYears',
  needs: ['unit', 'function'],
  inputs: {
    staffYearsChange: { type: InputType.staffYears },
    costPerStaffYear: { type: InputType.amount, nonNegative: true },
  },
  compute: ({ staffYearsChange, costPerStaffYear }) => ({
    gross: staffYearsChange.times(costPerStaffYear),
    income: ZERO,
    staffYears: staffYearsChange,
  }),
})
