import { useMemo } from 'react'
import type { Totals } from '../../model/engine/types'
import type { ValidModel } from '../../model/load/validModel'
import { useText } from '../useText'
import { COLORS } from './chartColors'
import { ChartFigure } from './ChartFigure'
import { barOf, type ChartSpec } from './chartSpec'
import { staffYearsRows } from './staffYearsRows'
import { useChartNumbers } from './useChartNumbers'

export function StaffYearsChart({
  model,
  totals,
  yearLabel,
}: {
  model: ValidModel
  totals: Totals
  yearLabel: string
}) {
  const t = useText()
  const numbers = useChartNumbers(1)
  const spec = useMemo(
    (): ChartSpec => ({
      layout: 'bars',
      category: t.charts.category.unit,
      series: [t.charts.staffYears.before, t.charts.staffYears.after],
      rows: staffYearsRows(model, totals).map((row) => ({
        label: row.unit,
        bars: [barOf(row.before, COLORS.before), barOf(row.after, COLORS.after)],
      })),
      ...numbers,
    }),
    [model, totals, t, numbers],
  )
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
}
