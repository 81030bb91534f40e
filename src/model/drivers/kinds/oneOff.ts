import { ZERO } from '../../money/decimal'
import { defineDriverKind } from '../driverKind'
import { InputType } from '../inputSpec'
import { sideField } from '../sideField'

/** A cost or income in one year only, such as severance pay or moving costs of a restructuring. */
export const oneOff = defineDriverKind({
  kind: 'oneOff',
  title: { nb: 'Engangsbeløp i ett år', en: 'A one-off amount in one year' },
  formula: 'the amount in that year only; never lasting',
  needs: ['function'],
  extra: { side: sideField },
  inputs: {
    amount: { type: InputType.amount, label: { nb: 'Beløp', en: 'Amount' } },
    year: { type: InputType.year, label: { nb: 'År', en: 'Year' } },
  },
  compute: ({ amount, year }, driver) => ({
    gross: driver.side === 'income' ? ZERO : amount,
    income: driver.side === 'income' ? amount : ZERO,
    staffYears: ZERO,
    onlyInYear: year.toNumber(),
  }),
})
