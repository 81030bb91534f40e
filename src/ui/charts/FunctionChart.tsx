import { memo, useCallback, useMemo } from 'react'
import type { Evaluation } from '../../model/engine/types'
import type { ValidModel } from '../../model/load/validModel'
import { AMOUNT_DECIMALS } from '../amounts'
import { useFormat } from '../useFormat'
import { useText } from '../useText'
import { COLORS } from './chartColors'
import { ChartFigure } from './ChartFigure'
import { barOf, type ChartSpec } from './chartSpec'
import { functionRows } from './functionRows'
import { useChartNumbers } from './useChartNumbers'
import { useChartRows } from './useChartRows'

/** The saving per KOSTRA function in a plan year; follows the current scenario. */
export const FunctionChart = memo(function FunctionChart({
  model,
  year,
}: {
  model: ValidModel
  year: number
}) {
  const t = useText()
  const f = useFormat()
  const numbers = useChartNumbers(AMOUNT_DECIMALS[f.unit])
  const rows = useChartRows(
    undefined,
    useCallback(
      (e: Evaluation) => {
        const totals = e.years.find((y) => y.year === year)
        return totals ? functionRows(model, totals, year, f.unit) : null
      },
      [model, year, f.unit],
    ),
  )
  const spec = useMemo(
    (): ChartSpec => ({
      layout: 'bars',
      category: t.charts.category.function,
      series: [t.charts.functions.change],
      rows: (rows ?? []).map((row) => ({
        label: row.label,
        bars: [barOf(row.saving, row.saving < 0 ? COLORS.cost : COLORS.saving)],
      })),
      ...numbers,
    }),
    [rows, t, numbers],
  )
  if (!rows) return null
  const yearLabel = String(year)
  return (
    <ChartFigure
      id="chart-functions"
      title={t.charts.functions.title(yearLabel)}
      caption={t.charts.functions.caption(f.unitLabel)}
      spec={spec}
      legend={[
        { name: t.charts.waterfall.saving, color: COLORS.saving },
        { name: t.charts.waterfall.cost, color: COLORS.cost },
      ]}
    />
  )
})
