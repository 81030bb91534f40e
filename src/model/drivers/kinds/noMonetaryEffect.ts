import { ZERO } from '../../money/decimal'
import { longText, oneOf } from '../../schema/decoders'
import { defineDriverKind } from '../driverKind'

export const NoEffectReason = [
  'visibility',
  'hardToEstimate',
  'needsInvestigation',
  'smallNetEffect',
] as const

/** A measure the source gives no amount for, and why: it is shown, never counted. */
export const noMonetaryEffect = defineDriverKind({
  kind: 'noMonetaryEffect',
  title: { nb: 'Ingen økonomisk effekt anslått', en: 'No economic effect estimated' },
  formula:
    'nothing; `reasonCode` is `visibility`, `hardToEstimate`, `needsInvestigation` or `smallNetEffect`',
  needs: [],
  extra: {
    reasonCode: {
      decoder: oneOf(NoEffectReason),
      label: { nb: 'Hvorfor ingen effekt', en: 'Why no effect' },
      values: {
        visibility: {
          nb: 'Gir synliggjøring, ingen direkte besparelse',
          en: 'Makes costs visible',
        },
        hardToEstimate: { nb: 'Vanskelig å anslå', en: 'Hard to estimate' },
        needsInvestigation: { nb: 'Må utredes nærmere', en: 'Needs investigation' },
        smallNetEffect: { nb: 'Liten netto effekt', en: 'Small net effect' },
      },
    },
    reason: { decoder: longText(), label: { nb: 'Begrunnelse', en: 'Reason' }, values: {} },
  },
  inputs: {},
  compute: () => ({ gross: ZERO, income: ZERO, staffYears: ZERO }),
})
