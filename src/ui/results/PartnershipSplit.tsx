import { memo, useCallback } from 'react'
import type { Evaluation } from '../../model/engine/types'
import type { ValidModel } from '../../model/load/validModel'
import { dec } from '../../model/money/decimal'
import {
  partnershipPercents,
  type PartnershipPercents,
} from '../../state/derived/partnershipPercents'
import { samePlain } from '../../state/derived/sameValues'
import { useDeferredFromEvaluation } from '../../state/derived/useDerived'
import { useFormat } from '../useFormat'
import { useText } from '../useText'
import { ScrollRegion } from '../ScrollRegion'

/**
 * The partnership's cost-sharing keys before the measures and in the chosen year: of the
 * evaluation given, or of the current one, re-rendered only when a share changes, after the
 * headline.
 */
export function PartnershipSplit({
  model,
  evaluation,
  year,
}: {
  model: ValidModel
  evaluation?: Evaluation
  year: number
}) {
  const shares = useDeferredFromEvaluation(
    evaluation,
    useCallback((e: Evaluation) => partnershipPercents(e, year), [year]),
    samePlain,
  )
  if (!shares) return null
  return <PartnershipTable model={model} year={year} shares={shares} />
}

// Kept while the shares are alike: the switch's own render and most switches leave it be.
const PartnershipTable = memo(function PartnershipTable({
  model,
  year,
  shares,
}: {
  model: ValidModel
  year: number
  shares: PartnershipPercents
}) {
  const t = useText()
  const f = useFormat()
  const partnership = model.partnership
  if (!partnership) return null
  const percent = (value: string | undefined) =>
    value === undefined ? '–' : f.percent(dec(value).dividedBy(100))
  return (
    <section className="partnership" aria-labelledby="partnership-heading">
      <h2 id="partnership-heading">{t.partnership.heading(partnership.name)}</h2>
      <ScrollRegion label={t.partnership.heading(partnership.name)}>
        <table className="figures">
          <caption>{t.partnership.caption(String(year))}</caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                {t.partnership.partner}
              </th>
              {partnership.keys.map((key) => (
                <th scope="colgroup" colSpan={2} className="colgroup" key={key.id}>
                  {key.label}
                </th>
              ))}
            </tr>
            <tr>
              {partnership.keys.map((key) => [
                <th scope="col" className="number" key={`${key.id}-before`}>
                  {t.partnership.before}
                </th>,
                <th scope="col" className="number" key={`${key.id}-after`}>
                  {t.partnership.after}
                </th>,
              ])}
            </tr>
          </thead>
          <tbody>
            {partnership.partners.map((partner) => (
              <tr key={partner.id} className={partner.id === partnership.self ? 'self' : undefined}>
                <th scope="row">{partner.name}</th>
                {partnership.keys.map((key, k) => {
                  return [
                    <td className="number" key={`${key.id}-before`}>
                      {percent(shares.before[k]?.get(partner.id))}
                    </td>,
                    <td
                      className="number"
                      key={`${key.id}-after`}
                      data-testid={`split-${key.id}-${partner.id}`}
                    >
                      {percent(shares.after[k]?.get(partner.id))}
                    </td>,
                  ]
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  )
})
