import type { Evaluation, PartnershipSplit as Split } from '../../model/engine/types'
import type { ValidModel } from '../../model/load/validModel'
import { allocate } from '../../model/money/allocate'
import { dec } from '../../model/money/decimal'
import { useFormat } from '../useFormat'
import { useText } from '../useText'
import { ScrollRegion } from '../ScrollRegion'

const HUNDRED = dec(100)
const STEP = dec('0.1')

/**
 * Shares in per cent to one decimal that add up to exactly 100,0 %; none when a count is below
 * zero, as when the staff-years typed for a measure cut more than the unit has.
 */
function percents(split: Split['keys'][number]): Map<string, string> {
  const ids = Object.keys(split.partners)
  const weights = ids.map((id) => split.partners[id]?.count ?? dec(0))
  if (!weights.some((w) => w.gt(0)) || weights.some((w) => w.lt(0))) return new Map()
  const parts = allocate({ total: HUNDRED, weights, step: STEP })
  return new Map(ids.map((id, i) => [id, parts[i]?.toFixed(1) ?? '0']))
}

/** The partnership's cost-sharing keys before the measures and in the chosen year. */
export function PartnershipSplit({
  model,
  evaluation,
  year,
}: {
  model: ValidModel
  evaluation: Evaluation
  year: number
}) {
  const t = useText()
  const f = useFormat()
  const partnership = model.partnership
  const result = evaluation.partnership
  const after = result?.byYear[year]
  if (!partnership || !result || !after) return null
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
                  const before = result.before.keys[k]
                  const now = after.keys[k]
                  return [
                    <td className="number" key={`${key.id}-before`}>
                      {percent(before && percents(before).get(partner.id))}
                    </td>,
                    <td
                      className="number"
                      key={`${key.id}-after`}
                      data-testid={`split-${key.id}-${partner.id}`}
                    >
                      {percent(now && percents(now).get(partner.id))}
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
}
