import type { Evaluation } from '../../model/engine/types'
import { formatDecimal } from '../../i18n/numbers'
import { ScrollRegion } from '../ScrollRegion'
import { useLang, useText } from '../useText'

/** What a household has left each month under each benefit, before and after rate changes. */
export function HouseholdCases({ evaluation }: { evaluation: Evaluation }) {
  const t = useText()
  const lang = useLang()
  const kr = (value: Parameters<typeof formatDecimal>[0]) =>
    formatDecimal(value, lang, { decimals: 0 })
  if (evaluation.households.length === 0) return null
  return (
    <section className="households" aria-labelledby="households-heading">
      <h2 id="households-heading">{t.households.heading}</h2>
      {evaluation.households.map((household) => (
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
              {household.regimes.flatMap((regime) => [
                <tr key={regime.id}>
                  <th scope="row">{regime.label}</th>
                  <td className="number">{kr(regime.before)}</td>
                  <td className="number" data-testid={`disposable-${household.id}-${regime.id}`}>
                    {kr(regime.after)}
                  </td>
                  <td className="number">{kr(regime.after.minus(regime.before))}</td>
                </tr>,
                ...regime.situations.map((situation) => (
                  <tr key={`${regime.id}-${situation.measure}`} className="situation">
                    <th scope="row">
                      {t.households.situation(situation.measure, situation.situation)}
                    </th>
                    <td className="number">{kr(regime.before)}</td>
                    <td className="number">{kr(situation.disposable)}</td>
                    <td className="number">{kr(situation.disposable.minus(regime.before))}</td>
                  </tr>
                )),
              ])}
            </tbody>
          </table>
        </ScrollRegion>
      ))}
    </section>
  )
}
