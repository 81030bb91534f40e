import type { Evaluation } from '../model/engine/types'
import { formatAmount, formatStaffYears } from './format'
import { useLang, useText } from './useText'

/** Each plan year's total and the lasting effect against the target, in mill. kr. */
export function YearTotals({ evaluation }: { evaluation: Evaluation }) {
  const lang = useLang()
  const t = useText()
  const rows = [
    ...evaluation.years.map((y) => ({ key: String(y.year), label: String(y.year), result: y })),
    { key: 'lasting', label: t.years.lasting, result: evaluation.lasting },
  ]
  return (
    <section aria-labelledby="years-heading">
      <h2 id="years-heading">{t.years.heading}</h2>
      <table className="figures">
        <caption>{t.years.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.years.year}</th>
            <th scope="col">{t.years.net}</th>
            <th scope="col">{t.years.staffYears}</th>
            <th scope="col">{t.years.gap}</th>
            <th scope="col">{t.years.status}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, label, result }) => (
            <tr
              key={key}
              data-testid={`year-${key}`}
              className={key === 'lasting' ? 'lasting' : undefined}
            >
              <th scope="row">{label}</th>
              <td className="number" data-testid={`net-${key}`}>
                {formatAmount(result.net, 'mill', lang)}
              </td>
              <td className="number">{formatStaffYears(result.staffYears, lang)}</td>
              <td className="number" data-testid={`gap-${key}`}>
                {formatAmount(result.gap, 'mill', lang)}
              </td>
              <td className={result.meetsTarget ? 'status status--met' : 'status status--short'}>
                {result.meetsTarget ? t.years.met : t.years.notMet}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
