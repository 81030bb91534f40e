import { defineDriverKind } from './driverKind'
import { InputType } from './inputSpec'
import { ZERO } from '../money/decimal'

/**
 * More or fewer settled persons × the grant each brings, less the municipality's own share per
 * person. The grant is income (on `incomeFunction`, typically 850), the own share an expense.
 */
export const settlement = defineDriverKind({
  kind: 'settlement',
  needs: ['function'],
  inputs: {
    settledChange: { type: InputType.persons },
    grantPerPerson: { type: InputType.amount, nonNegative: true },
    ownSharePerPerson: { type: InputType.amount, nonNegative: true, defaultValue: '0' },
  },
  compute: ({ settledChange, grantPerPerson, ownSharePerPerson }) => ({
    gross: settledChange.times(ownSharePerPerson),
    income: settledChange.times(grantPerPerson).negated(),
    staffYears: ZERO,
  }),
})
