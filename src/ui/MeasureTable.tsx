import { useMemo } from 'react'
import { evaluate } from '../model/engine/evaluate'
import type { Evaluation } from '../model/engine/types'
import type { ValidModel } from '../model/load/validModel'
import { sum, ZERO } from '../model/money/decimal'
import { useScenario } from '../state/store'
import { formatAmount, formatStaffYears } from './format'
import { useLang, useText } from './useText'

/** The report's measure table: a switch per measure, its effect per year, staff-years and label. */
export function MeasureTable({ model, evaluation }: { model: ValidModel; evaluation: Evaluation }) {
  const lang = useLang()
  const t = useText()
  const selection = useScenario((s) => s.selection)
  const overrides = useScenario((s) => s.overrides)
  const setMeasure = useScenario((s) => s.setMeasure)
  // Measures are independent of each other, so one evaluation of all of them gives each one's
  // own effect, chosen or not.
  const alone = useMemo(
    () =>
      new Map(
        evaluate(
          model,
          model.measures.map((m) => m.id),
          overrides,
        ).measures.map((m) => [m.id, m]),
      ),
    [model, overrides],
  )
  const chosen = new Set(selection)
  return (
    <section aria-labelledby="measures-heading">
      <h2 id="measures-heading">{t.measures.heading}</h2>
      <table className="figures measures">
        <caption>{t.measures.caption}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t.measures.heading}</span>
            </th>
            <th scope="col">{t.measures.id}</th>
            <th scope="col">{t.measures.title}</th>
            {model.planYears.map((year) => (
              <th scope="col" key={year}>
                {year}
              </th>
            ))}
            <th scope="col">{t.measures.staffYears}</th>
            <th scope="col">{t.measures.label}</th>
          </tr>
        </thead>
        <tbody>
          {model.measures.map((measure) => {
            const result = alone.get(measure.id)
            const on = chosen.has(measure.id)
            return (
              <tr
                key={measure.id}
                data-testid={`measure-${measure.id}`}
                className={on ? 'on' : 'off'}
              >
                <td>
                  <input
                    type="checkbox"
                    role="switch"
                    className="switch"
                    checked={on}
                    aria-label={t.measures.choose(measure.id, measure.title)}
                    onChange={(event) => setMeasure(measure.id, event.target.checked)}
                  />
                </td>
                <th scope="row">{measure.id}</th>
                <td>
                  {measure.title}
                  {measure.status === 'considered' && (
                    <span className="badge badge--considered">{t.measures.considered}</span>
                  )}
                  {result?.temporary && <span className="badge">{t.measures.temporary}</span>}
                </td>
                {model.planYears.map((year) => (
                  <td className="number" key={year}>
                    {formatAmount(result?.byYear[year]?.net ?? ZERO, 'thousand', lang)}
                  </td>
                ))}
                <td className="number">
                  {formatStaffYears(result?.annual.staffYears ?? ZERO, lang)}
                </td>
                <td>{measure.reportLabel ?? ''}</td>
              </tr>
            )
          })}
        </tbody>
        <tfoot>
          <tr>
            <td />
            <th scope="row" colSpan={2}>
              {t.measures.total}
            </th>
            {evaluation.years.map((y) => (
              <td className="number" key={y.year} data-testid={`total-${y.year}`}>
                {formatAmount(y.net, 'thousand', lang)}
              </td>
            ))}
            <td className="number">
              {formatStaffYears(sum(evaluation.measures.map((m) => m.annual.staffYears)), lang)}
            </td>
            <td />
          </tr>
        </tfoot>
      </table>
    </section>
  )
}
