import { defineDriverKind } from '../driverKind'
import { InputType } from '../inputSpec'

/**
 * A change in gross spending that the state refunds at a rate, so the refund moves with it:
 * net = gross × (1 − rate). Cutting 5,0 mill. at 80 % refund saves the municipality 1,0 mill.
 */
export const refundedSpending = defineDriverKind({
  kind: 'refundedSpending',
  title: {
    nb: 'Endring i brutto utgifter, der statlig refusjon følger med: netto = brutto × (1 − refusjonssats)',
    en: 'Change in gross spending with the state refund following it: net = gross × (1 − refund rate)',
  },
  formula: 'gross = grossChange; income = −grossChange × rate; net = gross × (1 − rate)',
  needs: ['unit', 'function'],
  inputs: {
    grossChange: {
      type: InputType.amount,
      label: { nb: 'Endring i brutto utgifter', en: 'Change in gross spending' },
    },
    refundRate: { type: InputType.rate, label: { nb: 'Refusjonssats', en: 'Refund rate' } },
    staffYearsChange: {
      type: InputType.staffYears,
      defaultValue: '0',
      label: { nb: 'Endring i årsverk', en: 'Change in staff-years' },
    },
  },
  compute: ({ grossChange, refundRate, staffYearsChange }) => ({
    gross: grossChange,
    income: grossChange.times(refundRate).negated(),
    staffYears: staffYearsChange,
  }),
})
