import { useMemo } from 'react'
import type { Totals } from '../../model/engine/types'
import type { ValidModel } from '../../model/load/validModel'
import { AMOUNT_DECIMALS } from '../amounts'
import { useFormat } from '../useFormat'
import { useText } from '../useText'
import { COLORS } from './chartColors'
import { ChartFigure } from './ChartFigure'
import { barOf, type ChartSpec } from './chartSpec'
import { functionRows } from './functionRows'
import { useChartNumbers } from './useChartNumbers'

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
  const numbers = useChartNumbers(AMOUNT_DECIMALS[f.unit])
  const spec = useMemo(
    (): ChartSpec => ({
      layout: 'bars',
      category: t.charts.category.function,
      series: [t.charts.functions.change],
      rows: functionRows(model, totals, year, f.unit).map((row) => ({
        label: row.label,
        bars: [barOf(row.saving, row.saving < 0 ? COLORS.cost : COLORS.saving)],
      })),
      ...numbers,
    }),
    [model, totals, year, f.unit, t, numbers],
  )
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
}
