import { ZERO } from '../../money/decimal'
import { defineDriverKind } from '../driverKind'
import { InputType } from '../inputSpec'

/** Staff-years removed or added × what a staff-year costs (pay, holiday pay, employer's tax, pension). */
export const staffYears = defineDriverKind({
  kind: 'staffYears',
  title: {
    nb: 'Endring i årsverk × kostnad per årsverk',
    en: 'Change in staff-years × cost per staff-year',
  },
  formula: 'gross = change × cost; staff-years = change',
  needs: ['unit', 'function'],
  inputs: {
    staffYearsChange: {
      type: InputType.staffYears,
      label: { nb: 'Endring i årsverk', en: 'Change in staff-years' },
    },
    costPerStaffYear: {
      type: InputType.amount,
      nonNegative: true,
      label: { nb: 'Kostnad per årsverk', en: 'Cost per staff-year' },
    },
  },
  compute: ({ staffYearsChange, costPerStaffYear }) => ({
    gross: staffYearsChange.times(costPerStaffYear),
    income: ZERO,
    staffYears: staffYearsChange,
  }),
})
