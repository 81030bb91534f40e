import { ZERO } from '../money/decimal'
import { longText, oneOf } from '../schema/decoders'
import { defineDriverKind } from './driverKind'

export const NoEffectReason = [
  'visibility',
  'hardToEstimate',
  'needsInvestigation',
  'smallNetEffect',
] as const

/** A measure the source gives no amount for, and why: it is shown, never counted. */
export const noMonetaryEffect = defineDriverKind({
  kind: 'noMonetaryEffect',
  needs: [],
  extra: { reasonCode: oneOf(NoEffectReason), reason: longText() },
  inputs: {},
  compute: () => ({ gross: ZERO, income: ZERO, staffYears: ZERO }),
})
