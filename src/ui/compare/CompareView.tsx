import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { ZERO, type Dec } from '../../model/money/decimal'
import type { ScenarioFile } from '../../model/scenario/scenarioFile'
import type { ValidModel } from '../../model/load/validModel'
import { AMOUNT_DECIMALS, chartNumber } from '../amounts'
import { ChartFigure } from '../charts/ChartFigure'
import { barOf, type ChartSpec } from '../charts/chartSpec'
import { useChartNumbers } from '../charts/useChartNumbers'
import { comparisonExport } from '../export/comparisonExport'
import { ExportButtons } from '../export/ExportButtons'
import { scenarioFigures } from '../../state/scenarioFigures'
import { useScenario } from '../../state/store'
import { ChangedInputs } from '../trust/ChangedInputs'
import { ScenarioFacts } from '../trust/ScenarioFacts'
import { useFormat } from '../useFormat'
import { useLang, useText } from '../useText'
import { comparisonRows, type MeasureCell } from './comparisonRows'
import { ScrollRegion } from '../ScrollRegion'

const PALETTE = ['#1f5f99', '#a34f00', '#1d6b3a', '#6b3fa0'] as const

/** Two to four scenarios side by side, differences highlighted, with a chart and downloads. */
export function CompareView({ model }: { model: ValidModel }) {
  const t = useText()
  const f = useFormat()
  const lang = useLang()
  const numbers = useChartNumbers(AMOUNT_DECIMALS[f.unit])
  const { compare, saved, published, showView } = useScenario(
    useShallow((s) => ({
      compare: s.compare,
      saved: s.saved,
      published: s.published,
      showView: s.showView,
    })),
  )
  const { chosen, figures } = useMemo(() => {
    const scenarios = compare
      .map((id) => saved.find((s) => s.id === id) ?? published.find((s) => s.id === id))
      .filter((s): s is ScenarioFile => s !== undefined)
    return {
      chosen: scenarios,
      figures: scenarios.map((scenario) => scenarioFigures(model, scenario)),
    }
  }, [model, compare, saved, published])
  const evaluations = figures.map((fig) => fig.evaluation)
  const rows = comparisonRows(model, figures, t)
  const names = chosen.map((s) => s.name)
  const anyLeftOut = figures.some((fig) => fig.leftOut.length > 0)
  const years = `${model.planYears[0] ?? ''}–${model.planYears.at(-1) ?? ''}`
  const measureCell = (cell: MeasureCell | undefined) =>
    cell?.status === 'counted' ? (
      <>
        {t.compare.chosen}
        <ChangedInputs model={model} changes={cell.changed} />
      </>
    ) : cell?.status === 'leftOut' ? (
      <span className="left-out">{t.compare.leftOut}</span>
    ) : (
      t.compare.notChosen
    )
  const value = (row: (typeof rows)[number], i: number) => {
    if (row.kind === 'measure') return measureCell(row.values[i])
    const v = row.values[i]
    if (!v) return ''
    return row.kind === 'amount'
      ? f.amount(v)
      : row.kind === 'share'
        ? f.percent(v, 0)
        : f.staffYears(v)
  }
  const series = names.map((name, i) => ({ name, color: PALETTE[i % PALETTE.length] ?? '#000' }))
  const bars = (savings: readonly Dec[]) =>
    savings.map((saving, i) => barOf(chartNumber(saving, f.unit), series[i]?.color ?? '#000'))
  const chart: ChartSpec = {
    layout: 'bars',
    category: t.charts.category.year,
    series: names,
    rows: [
      ...model.planYears.map((year) => ({
        label: String(year),
        bars: bars(evaluations.map((e) => e.years.find((y) => y.year === year)?.saving ?? ZERO)),
      })),
      { label: t.measures.lasting, bars: bars(evaluations.map((e) => e.lasting.saving)) },
    ],
    ...numbers,
  }
  return (
    <section className="compare" aria-labelledby="compare-heading">
      <div className="buttons no-print">
        <button type="button" onClick={() => showView('editor')}>
          ← {t.compare.back}
        </button>
        {chosen.length >= 2 && (
          <ExportButtons
            name={t.exportTable.comparison}
            table={(date) => comparisonExport({ model, rows, names, date, t, lang })}
          />
        )}
      </div>
      <h2 id="compare-heading">{t.compare.heading}</h2>
      <ScenarioFacts model={model} names={names} planYear={years} changes={null} />
      {chosen.length < 2 ? (
        <p>{t.compare.tooFew}</p>
      ) : (
        <>
          <ScrollRegion label={t.compare.heading}>
            <table className="figures comparison">
              <caption>{t.compare.caption(f.unitLabel)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.compare.metric}</th>
                  {names.map((name, i) => (
                    <th scope="col" className="number" key={i}>
                      {name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr
                    key={row.key}
                    className={row.differs ? 'differs' : undefined}
                    data-testid={`compare-${row.key}`}
                  >
                    <th scope="row">
                      {row.label}
                      {row.differs && (
                        <span className="visually-hidden"> ({t.compare.differs})</span>
                      )}
                    </th>
                    {names.map((_, i) => (
                      <td key={i} className={row.kind === 'measure' ? 'chosen' : 'number'}>
                        {value(row, i)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          {anyLeftOut && <p className="note">{t.compare.leftOutNote}</p>}
          <ChartFigure
            id="chart-compare"
            title={t.compare.chartTitle}
            caption={t.compare.chartCaption(f.unitLabel)}
            spec={chart}
            legend={series}
          />
        </>
      )}
    </section>
  )
}
