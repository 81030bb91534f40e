import { memo, useMemo, useRef, useState } from 'react'
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ReferenceLine,
  Text,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
  type YAxisTickContentProps,
} from 'recharts'
import { samePlain } from '../../../state/derived/sameValues'
import { COLORS } from '../chartColors'
import type { ChartSpec } from '../chartSpec'
import { ChartTooltip } from './ChartTooltip'
import { useBoxSize, type BoxSize } from './useBoxSize'

/** Fills its box; draws once the box has been measured. recharts is loaded with this file only. */
function ChartDrawing({ spec, title }: { spec: ChartSpec; title: string }) {
  const ref = useRef<HTMLDivElement>(null)
  const size = useBoxSize(ref)
  return (
    <div ref={ref} className="chart-drawing">
      {size && <Drawn spec={spec} title={title} size={size} />}
    </div>
  )
}

export default memo(ChartDrawing)

/**
 * A bar as a plain rect, its geometry made positive (recharts gives a bar below zero a negative
 * height) and its row named, so a test can measure each bar against its row. Its colour comes with
 * its row's data, so that the bar's drawing stays the same function from one redraw to the next.
 */
function BarShape({
  x,
  y,
  width,
  height,
  index,
  payload,
  series,
}: BarShapeProps & { series: number }) {
  const row: unknown = payload
  const fill =
    typeof row === 'object' && row !== null
      ? (row as Record<string, unknown>)[`color${series}`]
      : undefined
  return (
    <rect
      className="chart-bar"
      data-row={index}
      x={Math.min(x, x + width)}
      y={Math.min(y, y + height)}
      width={Math.abs(width)}
      height={Math.abs(height)}
      fill={typeof fill === 'string' ? fill : undefined}
    />
  )
}

/** The value kept from the last render while `equal` finds the new one alike. */
function useSame<T>(value: T, equal: (a: T, b: T) => boolean): T {
  const [kept, keep] = useState(value)
  if (kept === value || equal(kept, value)) return kept
  keep(value)
  return value
}

/*
 * recharts keeps each chart's parts in a store of its own, and a part tells it its settings when it
 * renders (a reference line on every render). Every such update re-runs the chart's selectors at
 * once, outside React's time slicing: parts made afresh on each redraw turned one switch into some
 * forty updates and tasks of 50 ms and more. Each part below is made again only when what it draws
 * has changed, so a redraw with new figures is one update of the chart's data.
 */
function Drawn({ spec, title, size }: { spec: ChartSpec; title: string; size: BoxSize }) {
  const { width, height, em } = size
  const columns = spec.layout === 'columns'
  const series = useSame(spec.series, samePlain)
  const { format, tick, rows, target } = spec
  // Bars: the labels get up to 45 % of the width, broken over two lines where they must.
  const labelWidth = Math.round(Math.min(Math.max(width * 0.45, 6 * em), 18 * em))
  const data = useMemo(
    () =>
      rows.map((row) => ({
        label: row.label,
        ...Object.fromEntries(row.bars.flatMap((bar, s) => [[`range${s}`, [bar.from, bar.to]]])),
        ...Object.fromEntries(row.bars.flatMap((bar, s) => [[`value${s}`, bar.value]])),
        ...Object.fromEntries(row.bars.flatMap((bar, s) => [[`color${s}`, bar.color]])),
      })),
    [rows],
  )
  // recharts' own 'auto' width measures too narrow here: room for the longest end's tick and a
  // decimal more.
  const ends = rows.flatMap((row) => row.bars.flatMap((bar) => [bar.from, bar.to]))
  const tickChars = Math.max(...[0, ...ends].map((value) => tick(value).length)) + 2
  const valueAxisWidth = Math.ceil((0.6 * tickChars + 0.6) * em)
  // Values are written on columns only where they fit; the tooltip and the table always have them.
  const labelled = !columns || (width - valueAxisWidth) / Math.max(rows.length, 1) >= 2.6 * em
  const margin = useMemo(
    () =>
      columns
        ? { top: 1.6 * em, right: 0.5 * em, bottom: 0.2 * em, left: 0 }
        : { top: 0.3 * em, right: 4 * em, bottom: 0.2 * em, left: 0 },
    [columns, em],
  )
  const grid = useMemo(
    () => <CartesianGrid strokeDasharray="3 3" horizontal={columns} vertical={!columns} />,
    [columns],
  )
  const axes = useMemo(() => {
    const valueAxis = {
      type: 'number',
      tickFormatter: tick,
      tick: { fill: 'var(--muted)' },
      stroke: 'var(--line)',
    } as const
    const categoryAxis = {
      type: 'category',
      dataKey: 'label',
      interval: 0,
      stroke: 'var(--line)',
    } as const
    return columns ? (
      <>
        <XAxis {...categoryAxis} tick={{ fill: 'var(--ink)' }} />
        <YAxis {...valueAxis} width={valueAxisWidth} />
      </>
    ) : (
      <>
        <XAxis {...valueAxis} />
        <YAxis
          {...categoryAxis}
          width={labelWidth}
          tick={({ x, y, payload }: YAxisTickContentProps) => (
            <Text
              x={x}
              y={y}
              width={labelWidth - 0.5 * em}
              maxLines={2}
              textAnchor="end"
              verticalAnchor="middle"
              // recharts measures the words in a span of this style: a number would be ignored there.
              style={{ fontSize: `${em}px` }}
              fill="var(--ink)"
            >
              {String(payload.value)}
            </Text>
          )}
        />
      </>
    )
  }, [columns, tick, valueAxisWidth, labelWidth, em])
  const tooltip = useMemo(
    () => (
      <Tooltip
        isAnimationActive={false}
        cursor={{ fill: 'rgba(31, 95, 153, 0.08)' }}
        content={({ active, label }) => (
          <ChartTooltip spec={spec} row={active ? String(label) : undefined} />
        )}
      />
    ),
    [spec],
  )
  const bars = useMemo(
    () =>
      series.map((name, s) => (
        <Bar
          key={name}
          name={name}
          dataKey={`range${s}`}
          className={`chart-series-${s}`}
          isAnimationActive={false}
          maxBarSize={6 * em}
          shape={(props: BarShapeProps) => <BarShape {...props} series={s} />}
        >
          {labelled && (
            <LabelList
              dataKey={`value${s}`}
              position={columns ? 'top' : 'right'}
              formatter={(value) => (typeof value === 'number' ? format(value) : value)}
              fill="var(--ink)"
              className="chart-value"
            />
          )}
        </Bar>
      )),
    [series, em, labelled, columns, format],
  )
  const zeroLine = useMemo(
    () => (
      <ReferenceLine
        {...(columns ? { y: 0 } : { x: 0 })}
        stroke="var(--ink)"
        className="chart-zero"
      />
    ),
    [columns],
  )
  const targetValue = target?.value
  const targetLine = useMemo(
    () =>
      targetValue !== undefined && (
        <ReferenceLine
          {...(columns ? { y: targetValue } : { x: targetValue })}
          stroke={COLORS.target}
          strokeWidth={2}
          strokeDasharray="8 4"
          ifOverflow="extendDomain"
          className="chart-target"
        />
      ),
    [columns, targetValue],
  )
  return (
    <BarChart
      width={width}
      height={height}
      data={data}
      layout={columns ? 'horizontal' : 'vertical'}
      title={title}
      margin={margin}
      barCategoryGap="18%"
      barGap={2}
    >
      {grid}
      {axes}
      {tooltip}
      {bars}
      {zeroLine}
      {targetLine}
    </BarChart>
  )
}
