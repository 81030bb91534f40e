import { memo } from 'react'
import type { Evaluation } from '../../model/engine/types'
import { formatDecimal } from '../../i18n/numbers'
import { householdTables, type HouseholdTable } from '../../state/derived/householdRows'
import { samePlain } from '../../state/derived/sameValues'
import { useDeferredFromEvaluation } from '../../state/derived/useDerived'
import { ScrollRegion } from '../ScrollRegion'
import { useLang, useText } from '../useText'

const householdsOf = (evaluation: Evaluation) => householdTables(evaluation, 0)

/**
 * What a household has left each month under each benefit, before and after rate changes: of the
 * evaluation given, or of the current one. Most switches leave a household's table as it was: the
 * tables re-render only when a figure in them changes, after the headline.
 */
export function HouseholdCases({ evaluation }: { evaluation?: Evaluation }) {
  const t = useText()
  const households = useDeferredFromEvaluation(evaluation, householdsOf, samePlain)
  if (!households || households.length === 0) return null
  return (
    <section className="households" aria-labelledby="households-heading">
      <h2 id="households-heading">{t.households.heading}</h2>
      {households.map((household) => (
        <HouseholdCase key={household.id} household={household} />
      ))}
    </section>
  )
}

const HouseholdCase = memo(function HouseholdCase({ household }: { household: HouseholdTable }) {
  const t = useText()
  const lang = useLang()
  const kr = (value: Parameters<typeof formatDecimal>[0]) =>
    formatDecimal(value, lang, { decimals: 0 })
  return (
    <ScrollRegion label={household.title}>
      <table className="figures" data-testid={`household-${household.id}`}>
        <caption>
          <strong>{household.title}</strong> {t.households.caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t.households.regime}</th>
            <th scope="col" className="number">
              {t.households.before}
            </th>
            <th scope="col" className="number">
              {t.households.after}
            </th>
            <th scope="col" className="number">
              {t.households.change}
            </th>
          </tr>
        </thead>
        <tbody>
          {household.rows.map((row) => (
            <tr key={row.key} className={row.situation ? 'situation' : undefined}>
              <th scope="row">
                {row.situation
                  ? t.households.situation(row.situation.measure, row.situation.situation)
                  : row.regime}
              </th>
              <td className="number">{kr(row.before)}</td>
              <td
                className="number"
                data-testid={
                  row.regimeId === undefined
                    ? undefined
                    : `disposable-${household.id}-${row.regimeId}`
                }
              >
                {kr(row.after)}
              </td>
              <td className="number">{kr(row.change)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  )
})
