import { useText } from '../useText'
import type { ChartSpec } from './chartSpec'

/** A chart's figures as a table, folded under the chart: the drawing's text alternative. */
export function ChartTable({ spec, title }: { spec: ChartSpec; title: string }) {
  const t = useText()
  const targets = spec.target !== undefined && spec.rows.some((row) => row.target !== undefined)
  return (
    <details className="chart-table no-print">
      <summary>{t.charts.table}</summary>
      <table className="figures">
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{spec.category}</th>
            {spec.series.map((name) => (
              <th scope="col" className="number" key={name}>
                {name}
              </th>
            ))}
            {targets && (
              <th scope="col" className="number">
                {spec.target?.name}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {spec.rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {row.bars.map((bar, i) => (
                <td className="number" key={i}>
                  {spec.format(bar.value)}
                </td>
              ))}
              {targets && (
                <td className="number">
                  {row.target === undefined ? '' : spec.format(row.target)}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  )
}
