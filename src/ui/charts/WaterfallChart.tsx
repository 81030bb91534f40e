import { useMemo } from 'react'
import type { Evaluation, Flow } from '../../model/engine/types'
import { ZERO } from '../../model/money/decimal'
import { AMOUNT_DECIMALS, chartNumber } from '../amounts'
import { useFormat } from '../useFormat'
import { useText } from '../useText'
import { againstTarget, COLORS } from './chartColors'
import { ChartFigure } from './ChartFigure'
import type { ChartSpec } from './chartSpec'
import { useChartNumbers } from './useChartNumbers'
import { waterfallRows } from './waterfallRows'

export function WaterfallChart({
  evaluation,
  yearLabel,
  flowOf,
}: {
  evaluation: Evaluation
  yearLabel: string
  flowOf: (measure: Evaluation['measures'][number]) => Flow | undefined
}) {
  const t = useText()
  const f = useFormat()
  const numbers = useChartNumbers(AMOUNT_DECIMALS[f.unit])
  const spec = useMemo((): ChartSpec => {
    const rows = waterfallRows(
      evaluation.measures.map((m) => ({ id: m.id, net: flowOf(m)?.net ?? ZERO })),
      f.unit,
      t.charts.waterfall.total,
    )
    // The year's own requirement where it has one: the bars are that year's effects.
    const target = chartNumber(
      evaluation.years.find((y) => String(y.year) === yearLabel)?.target ?? evaluation.target,
      f.unit,
    )
    return {
      layout: 'columns',
      category: t.charts.category.measure,
      series: [t.charts.waterfall.saving],
      rows: rows.map(({ label, range: [from, to], kind }) =>
        kind === 'total'
          ? { label, bars: [{ from, to, value: to, color: againstTarget(to, target) }], target }
          : {
              label,
              bars: [
                kind === 'cost'
                  ? { from, to, value: from - to, color: COLORS.cost }
                  : { from, to, value: to - from, color: COLORS.saving },
              ],
            },
      ),
      target: { value: target, name: t.charts.netByYear.target },
      ...numbers,
    }
  }, [evaluation, yearLabel, flowOf, f.unit, t, numbers])
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
}
