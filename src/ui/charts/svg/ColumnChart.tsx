import { ChartSvg } from './ChartSvg'
import { linearScale, niceTicks } from './scale'

export interface Column {
  label: string
  /** Where the column starts and ends on the value axis; a plain bar starts at 0. */
  from: number
  to: number
  color: string
  /** Read out on hover and by screen readers. */
  title: string
}

const MARGIN = { top: 16, right: 16, bottom: 28, left: 56 }

/**
 * Vertical columns on a value axis, with an optional target line. Plain SVG: it draws in well under
 * a millisecond, prints as it looks, and needs no layout measurement.
 */
export function ColumnChart({
  columns,
  width,
  height,
  target,
  tick,
  label,
}: {
  columns: readonly Column[]
  width: number
  height: number
  /** A dashed line across the chart, named in the legend. */
  target?: { value: number; color: string }
  tick: (value: number) => string
  label: string
}) {
  const values = [...columns.flatMap((c) => [c.from, c.to]), target?.value ?? 0]
  const ticks = niceTicks(Math.min(...values), Math.max(...values))
  const y = linearScale([ticks[0] ?? 0, ticks.at(-1) ?? 1], [height - MARGIN.bottom, MARGIN.top])
  const band = (width - MARGIN.left - MARGIN.right) / Math.max(columns.length, 1)
  const barWidth = Math.min(band * 0.7, 80)
  return (
    <ChartSvg width={width} height={height} label={label}>
      {ticks.map((value) => (
        <g key={value} className="tick">
          <line
            x1={MARGIN.left}
            x2={width - MARGIN.right}
            y1={y(value)}
            y2={y(value)}
            className={value === 0 ? 'axis' : 'grid'}
          />
          <text x={MARGIN.left - 6} y={y(value)} dy="0.32em" textAnchor="end">
            {tick(value)}
          </text>
        </g>
      ))}
      {columns.map((column, i) => {
        const x = MARGIN.left + band * i + (band - barWidth) / 2
        const top = y(Math.max(column.from, column.to))
        return (
          <g key={column.label}>
            <rect
              className="bar"
              x={x}
              y={top}
              width={barWidth}
              height={Math.max(y(Math.min(column.from, column.to)) - top, 0.5)}
              fill={column.color}
            >
              <title>{column.title}</title>
            </rect>
            <text
              x={x + barWidth / 2}
              y={height - MARGIN.bottom + 16}
              textAnchor="middle"
              className="label"
            >
              {column.label}
            </text>
          </g>
        )
      })}
      {target && (
        <g className="target">
          <line
            x1={MARGIN.left}
            x2={width - MARGIN.right}
            y1={y(target.value)}
            y2={y(target.value)}
            stroke={target.color}
            strokeWidth={2}
            strokeDasharray="6 3"
          />
        </g>
      )}
    </ChartSvg>
  )
}
