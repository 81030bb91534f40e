import type { Evaluation, Flow } from '../../model/engine/types'
import { ZERO } from '../../model/money/decimal'
import { chartNumber } from '../amounts'
import { useFormat } from '../useFormat'
import { useText } from '../useText'
import { CHART_HEIGHT, CHART_WIDTH, ChartFigure, COLORS } from './ChartFigure'
import { ColumnChart } from './svg/ColumnChart'
import { Legend } from './svg/Legend'
import { useTick } from './useTick'
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
  const tick = useTick()
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
  const title = t.charts.waterfall.title(yearLabel)
  return (
    <ChartFigure
      id="chart-waterfall"
      title={title}
      caption={t.charts.waterfall.caption(f.unitLabel)}
    >
      <ColumnChart
        width={CHART_WIDTH}
        height={CHART_HEIGHT}
        label={title}
        tick={tick}
        columns={rows.map((row) => ({
          label: row.label,
          from: row.range[0],
          to: row.range[1],
          color: COLORS[row.kind],
          title: `${row.label}: ${tick(row.kind === 'cost' ? row.range[0] - row.range[1] : row.range[1] - row.range[0])} ${f.unitLabel}`,
        }))}
        target={{
          value: target,
          color: COLORS.target,
        }}
      />
      <Legend
        items={[
          { name: t.charts.waterfall.saving, color: COLORS.saving },
          { name: t.charts.waterfall.cost, color: COLORS.cost },
          { name: t.charts.waterfall.total, color: COLORS.total },
          { name: `${t.charts.netByYear.target} ${tick(target)}`, color: COLORS.target },
        ]}
      />
    </ChartFigure>
  )
}
