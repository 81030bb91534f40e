import { ZERO } from '../money/decimal'
import { defineDriverKind } from './driverKind'
import { side } from './fixedAmount'
import { InputType } from './inputSpec'

/** A cost or income in one year only, such as severance pay or moving costs of a restructuring. */
export const oneOff = defineDriverKind({
  kind: 'oneOff',
  needs: ['function'],
  extra: { side: side() },
  inputs: { amount: { type: InputType.amount }, year: { type: InputType.year } },
  compute: ({ amount, year }, driver) => ({
    gross: driver.side === 'income' ? ZERO : amount,
    income: driver.side === 'income' ? amount : ZERO,
    staffYears: ZERO,
    onlyInYear: year.toNumber(),
  }),
})
