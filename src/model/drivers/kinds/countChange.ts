import { ZERO } from '../../money/decimal'
import { oneOf } from '../../schema/decoders'
import { defineDriverKind } from '../driverKind'
import { InputType } from '../inputSpec'

/**
 * A change in a count × an amount per count, per month or per year, with the share a refund or
 * grant takes of it: "10 fewer long-term social-assistance recipients × 9 500 kr a month".
 */
export const countChange = defineDriverKind({
  kind: 'countChange',
  title: {
    nb: 'Endring i antall (mottakere, plasser, saker) × beløp per måned eller år',
    en: 'Change in a count (recipients, places, cases) × an amount per month or year',
  },
  formula:
    'gross = countChange × amountPerCount, × 12 with `per: "month"`; income = −gross × refundRate',
  needs: ['function'],
  extra: {
    per: {
      decoder: oneOf(['month', 'year']),
      label: { nb: 'Beløpet gjelder', en: 'The amount is' },
      values: {
        month: { nb: 'per måned', en: 'per month' },
        year: { nb: 'per år', en: 'per year' },
      },
    },
  },
  inputs: {
    countChange: {
      type: InputType.persons,
      label: { nb: 'Endring i antall', en: 'Change in count' },
      unit: { nb: 'i snitt', en: 'on average' },
    },
    amountPerCount: {
      type: InputType.amount,
      nonNegative: true,
      label: {
        nb: 'Beløp per mottaker, plass eller sak',
        en: 'Amount per recipient, place or case',
      },
    },
    refundRate: {
      type: InputType.rate,
      defaultValue: '0',
      label: { nb: 'Andel refusjon eller tilskudd', en: 'Share refunded or covered by grants' },
    },
  },
  compute: ({ countChange, amountPerCount, refundRate }, driver) => {
    const perYear = countChange.times(amountPerCount)
    const gross = driver['per'] === 'month' ? perYear.times(12) : perYear
    return { gross, income: gross.times(refundRate).negated(), staffYears: ZERO }
  },
})
