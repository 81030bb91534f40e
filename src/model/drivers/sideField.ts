import { oneOf } from '../schema/decoders'
import type { ExtraField } from './driverKind'

/** Whether an amount is spending or income, for the kinds whose amount can be either. */
export const sideField: ExtraField = {
  decoder: oneOf(['expenditure', 'income']),
  label: { nb: 'Utgift eller inntekt', en: 'Expenditure or income' },
  values: {
    expenditure: { nb: 'Utgift', en: 'Expenditure' },
    income: { nb: 'Inntekt', en: 'Income' },
  },
}
