import type { Totals } from '../../model/engine/types'
import type { ValidModel } from '../../model/load/validModel'
import { useText } from '../useText'
import { CHART_HEIGHT, CHART_WIDTH, ChartFigure, COLORS } from './ChartFigure'
import { staffYearsRows } from './staffYearsRows'
import { BarChart } from './svg/BarChart'
import { Legend } from './svg/Legend'
import { useTick } from './useTick'

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
  const tick = useTick()
  const title = t.charts.staffYears.title(yearLabel)
  const series = [
    { name: t.charts.staffYears.before, color: COLORS.before },
    { name: t.charts.staffYears.after, color: COLORS.after },
  ]
  return (
    <ChartFigure id="chart-staff" title={title} caption={t.charts.staffYears.caption}>
      <BarChart
        width={CHART_WIDTH}
        height={CHART_HEIGHT}
        labelWidth={220}
        label={title}
        tick={tick}
        series={series}
        rows={staffYearsRows(model, totals).map((row) => ({
          label: row.unit,
          values: [row.before, row.after],
        }))}
      />
      <Legend items={series} />
    </ChartFigure>
  )
}
