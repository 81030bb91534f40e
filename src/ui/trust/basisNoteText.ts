import type { Dec } from '../../model/money/decimal'
import type { MeasureBasis } from '../../model/scenario/measureBases'
import type { UiMessages } from '../../i18n/uiMessages'

/**
 * What to say beside the source's words on a measure whose inputs were changed: that they rest on
 * the model file's inputs, and, where the figure they print no longer holds, what it is now.
 */
export function basisNoteText(
  basis: MeasureBasis,
  t: UiMessages,
  amountWithUnit: (value: Dec) => string,
): string {
  const effect = (net: Dec) =>
    net.isZero()
      ? t.trust.noEffect
      : net.isNeg()
        ? t.trust.saving(amountWithUnit(net.negated()))
        : t.trust.cost(amountWithUnit(net))
  const stale = basis.reportedNoLongerHolds
  return stale
    ? t.trust.reportedNoLongerHolds(
        effect(stale.reported),
        effect(stale.computed),
        basis.changed.length > 1,
      )
    : t.trust.restsOnFile
}
