import { ZERO } from '../../money/decimal'
import { defineDriverKind } from '../driverKind'
import { InputType } from '../inputSpec'

/**
 * A relative change on a spending base. The potential applies it to the whole base; the realistic
 * effect only to the part where it is expected to hold (after individual assessment, say).
 */
export const percentOfBase = defineDriverKind({
  kind: 'percentOfBase',
  title: {
    nb: 'Prosentvis endring på et utgiftsgrunnlag; realistisk der endringen får virkning, potensial på hele grunnlaget',
    en: 'A relative change on a spending base; realistic where it takes effect, potential on the whole base',
  },
  formula: 'gross = affectedBase × rateChange (realistic); potential = base × rateChange',
  needs: ['function'],
  inputs: {
    base: {
      type: InputType.amount,
      nonNegative: true,
      label: { nb: 'Utgiftsgrunnlag', en: 'Spending base' },
    },
    rateChange: {
      type: InputType.rateChange,
      label: { nb: 'Endring i sats', en: 'Change in rate' },
    },
    affectedBase: {
      type: InputType.amount,
      nonNegative: true,
      defaultsTo: 'base',
      label: {
        nb: 'Grunnlag der endringen får virkning',
        en: 'Base where the change takes effect',
      },
    },
  },
  checks: [
    {
      id: 'affectedExceedsBase',
      input: 'affectedBase',
      fails: ({ base, affectedBase }) => affectedBase.gt(base),
      message: {
        nb: 'kan ikke være større enn hele utgiftsgrunnlaget',
        en: 'cannot exceed the whole spending base',
      },
    },
  ],
  roles: { householdRate: 'rateChange' },
  compute: ({ base, rateChange, affectedBase }) => ({
    gross: affectedBase.times(rateChange),
    income: ZERO,
    staffYears: ZERO,
    potential: base.times(rateChange),
  }),
})
