import type { ChartSpec } from '../chartSpec'

/** A row's figures beside the pointer or the keyboard's place in the chart. */
export function ChartTooltip({ spec, row }: { spec: ChartSpec; row: string | undefined }) {
  const found = spec.rows.find((r) => r.label === row)
  if (!found) return null
  return (
    <div className="chart-tooltip">
      <strong>{found.label}</strong>
      <dl>
        {found.bars.map((bar, s) => (
          <div key={s}>
            <dt>
              <span className="swatch" style={{ background: bar.color }} aria-hidden="true" />
              {spec.series[s]}
            </dt>
            <dd>{spec.format(bar.value)}</dd>
          </div>
        ))}
        {found.target !== undefined && spec.target && (
          <div>
            <dt>{spec.target.name}</dt>
            <dd>{spec.format(found.target)}</dd>
          </div>
        )}
      </dl>
    </div>
  )
}
