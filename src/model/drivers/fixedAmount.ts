import { ZERO } from '../money/decimal'
import { oneOf } from '../schema/decoders'
import { defineDriverKind } from './driverKind'
import { InputType } from './inputSpec'

export const side = () => oneOf(['expenditure', 'income'])

/** An amount the source estimates directly, as an expense or as income, every year the measure runs. */
export const fixedAmount = defineDriverKind({
  kind: 'fixedAmount',
  needs: ['function'],
  extra: { side: side() },
  inputs: { amount: { type: InputType.amount } },
  compute: ({ amount }, driver) => ({
    gross: driver.side === 'income' ? ZERO : amount,
    income: driver.side === 'income' ? amount : ZERO,
    staffYears: ZERO,
  }),
})
