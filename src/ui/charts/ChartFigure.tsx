import { lazy, memo, Suspense, useEffect, useState, type CSSProperties } from 'react'
import { inTurn, useAfterPaint } from '../../state/derived/afterPaint'
import { samePlain } from '../../state/derived/sameValues'
import { COLORS } from './chartColors'
import type { ChartSpec } from './chartSpec'
import { useScenario } from '../../state/store'
import { ChartTable } from './ChartTable'
import { Legend } from './Legend'

// recharts is a chunk of its own, fetched after the first paint: the headline never waits for it.
const loadDrawing = () => import('./drawing/ChartDrawing')
const ChartDrawing = lazy(loadDrawing)

/**
 * Whether the chart may be drawn: once this tab's unsaved work has been read back (drawing is the
 * heaviest work on the page; the switches are usable first, and the figures drawn are the
 * restored ones), recharts has arrived, and it is this chart's turn. A first drawing costs several
 * times a redraw: the charts of a screen drawn together held input back for a quarter of a second.
 */
function useDrawingBegun(): boolean {
  const [key] = useState(() => Symbol('first drawing'))
  const restoring = useScenario((s) => s.restoring)
  const [begun, begin] = useState(false)
  useEffect(() => {
    if (begun || restoring) return
    let cancel: (() => void) | undefined
    let live = true
    void loadDrawing().then(() => {
      if (live) cancel = inTurn(key, () => begin(true))
    })
    return () => {
      live = false
      cancel?.()
    }
  }, [key, begun, restoring])
  return begun
}

interface ChartFigureProps {
  id: string
  title: string
  caption: string
  spec: ChartSpec
  /** Every colour the chart may draw, named; those it does not draw now are left out. */
  legend: readonly { name: string; color: string }[]
}

// A chart passes its legend written afresh on each render: alike by content is alike. A switch
// that leaves a chart's rows be then leaves its figure, legend and table be.
const sameFigure = (a: ChartFigureProps, b: ChartFigureProps) =>
  a.id === b.id &&
  a.title === b.title &&
  a.caption === b.caption &&
  a.spec === b.spec &&
  samePlain(a.legend, b.legend)

/** The height of a chart's box in ems of its text: columns a fixed height, bars by their rows. */
function boxHeight(spec: ChartSpec): string {
  if (spec.layout === 'columns') return ''
  const perRow = Math.max(2.8, 1.5 * spec.series.length + 0.9)
  return `${(3 + perRow * spec.rows.length).toFixed(1)}em`
}

/**
 * A chart with its title, unit and sign convention written out, its legend, and its figures as a
 * table. The box keeps its size while the drawing loads and redraws, so nothing around it moves;
 * the drawing follows a deferred copy of the figures, so a switch paints the headline first.
 */
export const ChartFigure = memo(function ChartFigure({
  id,
  title,
  caption,
  spec,
  legend,
}: ChartFigureProps) {
  // Each drawing in a task of its own: see inTurn.
  const drawn = useAfterPaint(spec, inTurn)
  const begun = useDrawingBegun()
  // The legend names only the colours this chart draws, and the target line with its value.
  const used = new Set(spec.rows.flatMap((row) => row.bars.map((bar) => bar.color)))
  const items = [
    ...legend.filter((item) => used.has(item.color)),
    ...(spec.target
      ? [{ name: `${spec.target.name} ${spec.format(spec.target.value)}`, color: COLORS.target }]
      : []),
  ]
  const height = boxHeight(spec)
  const style: CSSProperties | undefined = height ? { height } : undefined
  return (
    <figure className="chart" aria-labelledby={`${id}-title`} data-testid={id}>
      <figcaption>
        <strong id={`${id}-title`}>{title}</strong>
        <span>{caption}</span>
      </figcaption>
      <div
        className={`chart-box chart-box--${spec.layout}`}
        style={style}
        // Whether the drawing shows the figures yet, or still the last ones or none: the bench waits on it.
        data-drawn={begun && drawn === spec ? 'current' : 'stale'}
      >
        {begun && (
          <Suspense fallback={null}>
            <ChartDrawing spec={drawn} title={title} />
          </Suspense>
        )}
      </div>
      <Legend items={items} />
      <ChartTable spec={spec} title={title} />
    </figure>
  )
}, sameFigure)
