import { ChartSvg } from './ChartSvg'
import { linearScale, niceTicks } from './scale'
import { wrapLabel } from './wrapLabel'

export interface BarRow {
  label: string
  values: readonly number[]
}

export interface Series {
  name: string
  /** A colour for the whole series, or one chosen by the value (red for costs, say). */
  color: string | ((value: number) => string)
}

const MARGIN = { top: 8, right: 20, bottom: 24 }

/** Horizontal bars, one group per row and one bar per series, labels on the left. Plain SVG. */
export function BarChart({
  rows,
  series,
  width,
  height,
  labelWidth,
  tick,
  label,
}: {
  rows: readonly BarRow[]
  series: readonly Series[]
  width: number
  height: number
  labelWidth: number
  tick: (value: number) => string
  label: string
}) {
  const values = rows.flatMap((row) => row.values)
  const ticks = niceTicks(Math.min(...values, 0), Math.max(...values, 0))
  const left = labelWidth + 8
  const x = linearScale([ticks[0] ?? 0, ticks.at(-1) ?? 1], [left, width - MARGIN.right])
  const band = (height - MARGIN.top - MARGIN.bottom) / Math.max(rows.length, 1)
  const barHeight = Math.min((band * 0.8) / Math.max(series.length, 1), 22)
  return (
    <ChartSvg width={width} height={height} label={label}>
      {ticks.map((value) => (
        <g key={value} className="tick">
          <line
            x1={x(value)}
            x2={x(value)}
            y1={MARGIN.top}
            y2={height - MARGIN.bottom}
            className={value === 0 ? 'axis' : 'grid'}
          />
          <text x={x(value)} y={height - MARGIN.bottom + 14} textAnchor="middle">
            {tick(value)}
          </text>
        </g>
      ))}
      {rows.map((row, r) => {
        const top = MARGIN.top + band * r + (band - barHeight * series.length) / 2
        return (
          <g key={row.label}>
            <text
              x={labelWidth}
              y={MARGIN.top + band * r + band / 2}
              textAnchor="end"
              className="label"
            >
              <title>{row.label}</title>
              {wrapLabel(row.label, Math.floor(labelWidth / 6.5)).map((line, i, all) => (
                <tspan
                  key={i}
                  x={labelWidth}
                  dy={i === 0 ? `${0.32 - (all.length - 1) * 0.55}em` : '1.1em'}
                >
                  {line}
                </tspan>
              ))}
            </text>
            {row.values.map((value, s) => {
              const one = series[s]
              const color =
                typeof one?.color === 'function' ? one.color(value) : (one?.color ?? '#000')
              return (
                <rect
                  key={s}
                  className="bar"
                  x={Math.min(x(0), x(value))}
                  y={top + barHeight * s}
                  width={Math.max(Math.abs(x(value) - x(0)), 0.5)}
                  height={barHeight - 1}
                  fill={color}
                >
                  <title>{`${row.label}, ${one?.name ?? ''}: ${tick(value)}`}</title>
                </rect>
              )
            })}
          </g>
        )
      })}
    </ChartSvg>
  )
}
