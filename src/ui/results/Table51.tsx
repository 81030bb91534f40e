import type { Evaluation } from '../../model/engine/types'
import type { ValidModel } from '../../model/load/validModel'
import { useChangedInputs, useMeasureBases } from '../../state/evaluation'
import { useScenario } from '../../state/store'
import { ExportButtons } from '../export/ExportButtons'
import { table51Export } from '../export/table51Export'
import { BasisNote } from '../trust/BasisNote'
import { ChangedInputs } from '../trust/ChangedInputs'
import { useFormat } from '../useFormat'
import { useLang, useText } from '../useText'
import { table51Totals } from './table51Totals'
import { ScrollRegion } from '../ScrollRegion'

/**
 * The report's table 5.1 for the chosen measures, as a working group hands it to the council: each
 * measure's full-year effect, with any input changed from the model file beside it, the sum, the
 * target and the gap. The download is this table.
 */
export function Table51({ model, evaluation }: { model: ValidModel; evaluation: Evaluation }) {
  const t = useText()
  const f = useFormat()
  const lang = useLang()
  const bases = useMeasureBases()
  const changed = useChangedInputs()
  const name = useScenario((s) => s.current.name) || t.scenarios.untitled
  const results = new Map(evaluation.measures.map((m) => [m.id, m]))
  const chosen = model.measures.filter((m) => results.has(m.id))
  return (
    <section className="table51" aria-labelledby="table51-heading">
      <h2 id="table51-heading">{t.table51.heading}</h2>
      <ExportButtons
        name={name}
        table={(date) => table51Export({ model, evaluation, bases, changed, name, date, t, lang })}
      />
      {chosen.length === 0 ? (
        <p>{t.table51.none}</p>
      ) : (
        <ScrollRegion label={t.table51.heading}>
          <table className="figures">
            <caption>{t.table51.caption(f.unitLabel)}</caption>
            <thead>
              <tr>
                <th scope="col">{t.table51.id}</th>
                <th scope="col">{t.table51.description}</th>
                <th scope="col">{t.table51.users}</th>
                <th scope="col">{t.table51.staff}</th>
                <th scope="col" className="number">
                  {t.table51.economy}
                </th>
              </tr>
            </thead>
            <tbody>
              {chosen.map((measure) => {
                const annual = results.get(measure.id)?.annual
                const basis = bases.get(measure.id)
                return (
                  <tr key={measure.id} data-testid={`table51-${measure.id}`}>
                    <th scope="row">{measure.id}</th>
                    <td>
                      {measure.title}
                      {basis && (
                        <span className="table51-basis">
                          <ChangedInputs model={model} changes={basis.changed} />
                          <BasisNote basis={basis} />
                        </span>
                      )}
                    </td>
                    <td>{measure.consequences.users.summary}</td>
                    <td>{measure.consequences.staff.summary}</td>
                    <td className="number">
                      {annual && !annual.net.isZero() && (
                        <span className="amount">{f.amount(annual.net)}</span>
                      )}
                      {measure.reportLabel && <span className="label">{measure.reportLabel}</span>}
                    </td>
                  </tr>
                )
              })}
            </tbody>
            <tfoot>
              {table51Totals(evaluation, t).map((row) => (
                <tr key={row.key} className={`total total--${row.key}`}>
                  <td />
                  <th scope="row" colSpan={3}>
                    {row.label}
                  </th>
                  <td className="number" data-testid={`table51-${row.key}`}>
                    {f.amount(row.value)}
                  </td>
                </tr>
              ))}
            </tfoot>
          </table>
        </ScrollRegion>
      )}
    </section>
  )
}
