import { ZERO } from '../../money/decimal'
import { defineDriverKind } from '../driverKind'
import { InputType } from '../inputSpec'
import { sideField } from '../sideField'

/** An amount the source estimates directly, as an expense or as income, every year the measure runs. */
export const fixedAmount = defineDriverKind({
  kind: 'fixedAmount',
  title: { nb: 'Beløp anslått i kilden', en: "The source's estimate" },
  formula: 'the amount as gross (`side: "expenditure"`) or income (`side: "income"`)',
  needs: ['function'],
  extra: { side: sideField },
  inputs: {
    amount: { type: InputType.amount, label: { nb: 'Beløp per år', en: 'Amount per year' } },
  },
  compute: ({ amount }, driver) => ({
    gross: driver.side === 'income' ? ZERO : amount,
    income: driver.side === 'income' ? amount : ZERO,
    staffYears: ZERO,
  }),
})
