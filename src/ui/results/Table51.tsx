import type { Evaluation } from '../../model/engine/types'
import type { ValidModel } from '../../model/load/validModel'
import { sum } from '../../model/money/decimal'
import { useMeasureEffects } from '../../state/evaluation'
import { ExportButtons } from '../export/ExportButtons'
import { measureExport } from '../export/measureExport'
import { useFormat } from '../useFormat'
import { useText } from '../useText'

/** The report's table 5.1 for the chosen measures, as a working group hands it to the council. */
export function Table51({ model, evaluation }: { model: ValidModel; evaluation: Evaluation }) {
  const t = useText()
  const f = useFormat()
  const effects = useMeasureEffects()
  const results = new Map(evaluation.measures.map((m) => [m.id, m]))
  const chosen = model.measures.filter((m) => results.has(m.id))
  return (
    <section className="table51" aria-labelledby="table51-heading">
      <h2 id="table51-heading">{t.table51.heading}</h2>
      <ExportButtons
        name={t.exportTable.measures}
        table={() => measureExport(model, effects, evaluation.selection, t)}
      />
      {chosen.length === 0 ? (
        <p>{t.table51.none}</p>
      ) : (
        <table className="figures">
          <caption>{t.table51.caption(f.unitLabel)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.table51.id}</th>
              <th scope="col">{t.table51.description}</th>
              <th scope="col">{t.table51.users}</th>
              <th scope="col">{t.table51.staff}</th>
              <th scope="col">{t.table51.economy}</th>
            </tr>
          </thead>
          <tbody>
            {chosen.map((measure) => {
              const annual = results.get(measure.id)?.annual
              return (
                <tr key={measure.id}>
                  <th scope="row">{measure.id}</th>
                  <td>{measure.title}</td>
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
            <tr>
              <td />
              <th scope="row" colSpan={3}>
                {t.table51.total}
              </th>
              <td className="number" data-testid="table51-total">
                {f.amount(sum(evaluation.measures.map((m) => m.annual.net)))}
              </td>
            </tr>
          </tfoot>
        </table>
      )}
    </section>
  )
}
