import { memo, useCallback, useMemo } from 'react'
import type { Evaluation } from '../../model/engine/types'
import { waterfallOf } from '../../state/derived/waterfallRows'
import { AMOUNT_DECIMALS } from '../amounts'
import { useFormat } from '../useFormat'
import { useText } from '../useText'
import { againstTarget, COLORS } from './chartColors'
import { ChartFigure } from './ChartFigure'
import type { ChartSpec } from './chartSpec'
import { useChartNumbers } from './useChartNumbers'
import { useChartRows } from './useChartRows'
import { waterfallBars } from './waterfallBars'

/**
 * The chosen measures' effects in a plan year stacked towards the target, the smallest grouped as
 * «other measures» past twenty bars: of the evaluation given, or the current one.
 */
export const WaterfallChart = memo(function WaterfallChart({
  evaluation,
  year,
}: {
  evaluation?: Evaluation
  year: number
}) {
  const t = useText()
  const f = useFormat()
  const numbers = useChartNumbers(AMOUNT_DECIMALS[f.unit])
  const yearLabel = String(year)
  // The year's own requirement where it has one: the bars are that year's effects.
  const shown = useChartRows(
    evaluation,
    useCallback(
      (e: Evaluation) =>
        waterfallBars(
          waterfallOf(e, year),
          e.years.find((y) => y.year === year)?.target ?? e.target,
          f.unit,
        ),
      [year, f.unit],
    ),
  )
  const spec = useMemo((): ChartSpec => {
    const target = shown?.target ?? 0
    return {
      layout: 'columns',
      category: t.charts.category.measure,
      series: [t.charts.waterfall.saving],
      rows: (shown?.bars ?? []).map(({ id, from, to, kind, count }) => {
        const label =
          kind === 'total'
            ? t.charts.waterfall.total
            : kind === 'rest'
              ? t.charts.waterfall.rest(count ?? 0)
              : id
        if (kind === 'total')
          return {
            label,
            bars: [{ from, to, value: to, color: againstTarget(to, target) }],
            target,
          }
        const [low, high] = from <= to ? [from, to] : [to, from]
        return {
          label,
          bars: [
            {
              from: low,
              to: high,
              value: to - from,
              color: to < from ? COLORS.cost : COLORS.saving,
            },
          ],
        }
      }),
      target: { value: target, name: t.charts.netByYear.target },
      ...numbers,
    }
  }, [shown, t, numbers])
  return (
    <ChartFigure
      id="chart-waterfall"
      title={t.charts.waterfall.title(yearLabel)}
      caption={t.charts.waterfall.caption(f.unitLabel)}
      spec={spec}
      legend={[
        { name: t.charts.waterfall.saving, color: COLORS.saving },
        { name: t.charts.waterfall.cost, color: COLORS.cost },
        { name: `${t.charts.waterfall.total}: ${t.charts.reached}`, color: COLORS.reached },
        { name: `${t.charts.waterfall.total}: ${t.charts.short}`, color: COLORS.short },
      ]}
    />
  )
})
