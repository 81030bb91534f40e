import { memo } from 'react'
import { useScenarioAfterPaint } from '../../state/derived/afterPaint'
import type { ChangedInput } from '../../model/scenario/changedInputs'
import type { Evaluation } from '../../model/engine/types'
import type { ValidModel } from '../../model/load/validModel'
import type { MeasureBasis } from '../../model/scenario/measureBases'
import { resultsById, table51Totals } from '../../state/derived/table51Totals'
import { useDeferredEvaluation } from '../../state/derived/useDerived'
import { currentBasis } from '../../state/evaluation'
import { useScenario, type Store } from '../../state/store'
import { ExportButtons } from '../export/ExportButtons'
import { table51Export } from '../export/table51Export'
import { useFormat } from '../useFormat'
import { useGrowingCount } from '../useGrowingCount'
import { useLang, useText } from '../useText'
import { ScrollRegion } from '../ScrollRegion'
import { Table51Row } from './Table51Row'

const measureBasesOf = (s: Store) => currentBasis(s).bases
const changedInputsOf = (s: Store) => currentBasis(s).changed

/**
 * The report's table 5.1 for the chosen measures, as a working group hands it to the council: each
 * measure's full-year effect, with any input changed from the model file beside it, the sum, the
 * target and the gap. The download is this table. Its rows are memoised: a switch renders the row
 * that comes or goes and the totals, after the headline; a long table is rendered a screenful
 * first and the rest after the paint.
 */
export function Table51({ model }: { model: ValidModel }) {
  const t = useText()
  const bases = useScenarioAfterPaint(measureBasesOf)
  const changed = useScenarioAfterPaint(changedInputsOf)
  const name = useScenario((s) => s.current.name) || t.scenarios.untitled
  const evaluation = useDeferredEvaluation()
  if (!evaluation) return null
  return (
    <Table51View
      model={model}
      evaluation={evaluation}
      bases={bases}
      changed={changed}
      name={name}
    />
  )
}

// The switch's own render passes the figures already shown: this leaves the table be until the
// new ones come.
const Table51View = memo(function Table51View({
  model,
  evaluation,
  bases,
  changed,
  name,
}: {
  model: ValidModel
  evaluation: Evaluation
  bases: ReadonlyMap<string, MeasureBasis>
  changed: ChangedInput[]
  name: string
}) {
  const t = useText()
  const f = useFormat()
  const lang = useLang()
  const results = resultsById(evaluation, 0)
  const chosen = model.measures.filter((m) => results.has(m.id))
  const rows = useGrowingCount(chosen.length, model)
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
              {chosen.slice(0, rows).map((measure) => (
                <Table51Row
                  key={measure.id}
                  model={model}
                  measure={measure}
                  net={results.get(measure.id)?.annual.net}
                  basis={bases.get(measure.id)}
                />
              ))}
            </tbody>
            <tfoot>
              {table51Totals(evaluation, 0).map((row) => (
                <tr key={row.key} className={`total total--${row.key}`}>
                  <td />
                  <th scope="row" colSpan={3}>
                    {t.table51[row.label]}
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
})
