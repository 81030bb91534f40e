import { dec, ratio, sum, ZERO, type Dec } from '../money/decimal'
import { own } from '../own'
import type { Partnership } from '../schema/baseline'
import type { Evaluation, PartnershipSplit, Totals, YearResult } from './types'

/**
 * The partnership's cost-sharing keys when the municipality's own unit changes by `unitChange`
 * staff-years: each partner's share is its count over the sum of all counts (section 2.3 of the
 * Vestvågøy report). The change counts on both keys, staff-years and staff with an office.
 */
export function partnershipSplit(partnership: Partnership, unitChange: Dec): PartnershipSplit {
  return {
    keys: partnership.keys.map((key) => {
      const counts = partnership.partners.map((partner) => {
        const base = dec(
          key.basis === 'staffYears' ? partner.staffYears : (partner.officeStaff ?? '0'),
        )
        return partner.id === partnership.self ? base.plus(unitChange) : base
      })
      const total = sum(counts)
      return {
        id: key.id,
        label: key.label,
        partners: Object.fromEntries(
          partnership.partners.map((partner, i) => {
            const count = counts[i] ?? ZERO
            return [partner.id, { count, share: total.isZero() ? ZERO : ratio(count, total) }]
          }),
        ),
      }
    }),
  }
}

/** The split before any measure, in each plan year and once time-limited measures have ended. */
export function partnershipResult(
  partnership: Partnership,
  years: readonly YearResult[],
  lasting: Totals,
): NonNullable<Evaluation['partnership']> {
  // Most years change the unit by the same amount: split once per distinct change.
  const splits = new Map<string, PartnershipSplit>()
  const splitFor = (change: Dec) => {
    const key = change.toFixed()
    const split = splits.get(key) ?? partnershipSplit(partnership, change)
    splits.set(key, split)
    return split
  }
  const changeIn = (totals: Totals) => own(totals.staffYearsByUnit, partnership.unit) ?? ZERO
  return {
    before: splitFor(ZERO),
    byYear: Object.fromEntries(years.map((y) => [y.year, splitFor(changeIn(y))])),
    lasting: splitFor(changeIn(lasting)),
  }
}
