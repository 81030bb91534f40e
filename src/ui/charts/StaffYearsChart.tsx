import { memo, useCallback, useMemo } from 'react'
import type { Evaluation } from '../../model/engine/types'
import type { ValidModel } from '../../model/load/validModel'
import { useText } from '../useText'
import { COLORS } from './chartColors'
import { ChartFigure } from './ChartFigure'
import { barOf, type ChartSpec } from './chartSpec'
import { staffYearsRows } from './staffYearsRows'
import { useChartNumbers } from './useChartNumbers'
import { useChartRows } from './useChartRows'

/** Staff-years per unit before and after the measures, in a plan year; follows the current scenario. */
export const StaffYearsChart = memo(function StaffYearsChart({
  model,
  year,
}: {
  model: ValidModel
  year: number
}) {
  const t = useText()
  const numbers = useChartNumbers(1)
  const rows = useChartRows(
    undefined,
    useCallback(
      (e: Evaluation) => {
        const totals = e.years.find((y) => y.year === year)
        return totals ? staffYearsRows(model, totals) : null
      },
      [model, year],
    ),
  )
  const spec = useMemo(
    (): ChartSpec => ({
      layout: 'bars',
      category: t.charts.category.unit,
      series: [t.charts.staffYears.before, t.charts.staffYears.after],
      rows: (rows ?? []).map((row) => ({
        label: row.unit,
        bars: [barOf(row.before, COLORS.before), barOf(row.after, COLORS.after)],
      })),
      ...numbers,
    }),
    [rows, t, numbers],
  )
  if (!rows) return null
  const yearLabel = String(year)
  return (
    <ChartFigure
      id="chart-staff"
      title={t.charts.staffYears.title(yearLabel)}
      caption={t.charts.staffYears.caption}
      spec={spec}
      legend={[
        { name: t.charts.staffYears.before, color: COLORS.before },
        { name: t.charts.staffYears.after, color: COLORS.after },
      ]}
    />
  )
})
