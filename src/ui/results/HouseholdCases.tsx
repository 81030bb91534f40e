import type { Evaluation } from '../../model/engine/types'
import { formatDecimal } from '../../i18n/numbers'
import { householdTables } from '../../state/derived/householdRows'
import { useFromEvaluation } from '../../state/derived/useDerived'
import { ScrollRegion } from '../ScrollRegion'
import { useLang, useText } from '../useText'

/**
 * What a household has left each month under each benefit, before and after rate changes: of the
 * evaluation given, or of the current one.
 */
export function HouseholdCases({ evaluation }: { evaluation?: Evaluation }) {
  const t = useText()
  const lang = useLang()
  const households = useFromEvaluation(evaluation, (e) => householdTables(e, 0))
  const kr = (value: Parameters<typeof formatDecimal>[0]) =>
    formatDecimal(value, lang, { decimals: 0 })
  if (!households || households.length === 0) return null
  return (
    <section className="households" aria-labelledby="households-heading">
      <h2 id="households-heading">{t.households.heading}</h2>
      {households.map((household) => (
        <ScrollRegion key={household.id} label={household.title}>
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
      ))}
    </section>
  )
}
