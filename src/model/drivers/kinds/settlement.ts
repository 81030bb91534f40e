import { ZERO } from '../../money/decimal'
import { defineDriverKind } from '../driverKind'
import { InputType } from '../inputSpec'

/**
 * More or fewer settled persons × the grant each brings, less the municipality's own share per
 * person. The grant is income (on `incomeFunction`, typically 850), the own share an expense.
 */
export const settlement = defineDriverKind({
  kind: 'settlement',
  title: {
    nb: 'Endring i antall bosatte × (tilskudd − egenandel)',
    en: 'Change in persons settled × (grant − own share)',
  },
  formula:
    'income = −persons × grant (on `incomeFunction`, typically 850); gross = persons × own share',
  needs: ['function'],
  inputs: {
    settledChange: {
      type: InputType.persons,
      label: { nb: 'Endring i bosatte per år', en: 'Change in persons settled per year' },
    },
    grantPerPerson: {
      type: InputType.amount,
      nonNegative: true,
      label: { nb: 'Tilskudd per bosatt per år', en: 'Grant per person per year' },
    },
    ownSharePerPerson: {
      type: InputType.amount,
      nonNegative: true,
      defaultValue: '0',
      label: { nb: 'Egenandel per bosatt per år', en: 'Own share per person per year' },
    },
  },
  compute: ({ settledChange, grantPerPerson, ownSharePerPerson }) => ({
    gross: settledChange.times(ownSharePerPerson),
    income: settledChange.times(grantPerPerson).negated(),
    staffYears: ZERO,
  }),
})
