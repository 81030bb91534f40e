import type { Totals } from '../../model/engine/types'
import type { ValidModel } from '../../model/load/validModel'
import { useFormat } from '../useFormat'
import { useText } from '../useText'
import { CHART_HEIGHT, CHART_WIDTH, ChartFigure, COLORS } from './ChartFigure'
import { functionRows } from './functionRows'
import { BarChart } from './svg/BarChart'
import { Legend } from './svg/Legend'
import { useTick } from './useTick'

export function FunctionChart({
  model,
  totals,
  year,
  yearLabel,
}: {
  model: ValidModel
  totals: Totals
  year: number
  yearLabel: string
}) {
  const t = useText()
  const f = useFormat()
  const tick = useTick()
  const title = t.charts.functions.title(yearLabel)
  return (
    <ChartFigure
      id="chart-functions"
      title={title}
      caption={t.charts.functions.caption(f.unitLabel)}
    >
      <BarChart
        width={CHART_WIDTH}
        height={CHART_HEIGHT}
        labelWidth={230}
        label={title}
        tick={tick}
        series={[
          {
            name: t.charts.functions.change,
            color: (value) => (value <= 0 ? COLORS.saving : COLORS.cost),
          },
        ]}
        rows={functionRows(model, totals, year, f.unit).map((row) => ({
          label: row.label,
          values: [row.change],
        }))}
      />
      <Legend
        items={[
          { name: t.charts.waterfall.saving, color: COLORS.saving },
          { name: t.charts.waterfall.cost, color: COLORS.cost },
        ]}
      />
    </ChartFigure>
  )
}
