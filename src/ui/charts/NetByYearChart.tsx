import type { Evaluation } from '../../model/engine/types'
import { useFormat } from '../useFormat'
import { useText } from '../useText'
import { CHART_HEIGHT, CHART_WIDTH, ChartFigure, COLORS } from './ChartFigure'
import { netByYearRows } from './netByYearRows'
import { ColumnChart } from './svg/ColumnChart'
import { Legend } from './svg/Legend'
import { useTick } from './useTick'

export function NetByYearChart({ evaluation }: { evaluation: Evaluation }) {
  const t = useText()
  const f = useFormat()
  const tick = useTick()
  const rows = netByYearRows(evaluation, f.unit, t.measures.lasting)
  // The line is the lasting target; a plan year's own requirement is said in its headline.
  const target = rows.at(-1)?.target ?? 0
  const title = t.charts.netByYear.title
  return (
    <ChartFigure id="chart-net" title={title} caption={t.charts.netByYear.caption(f.unitLabel)}>
      <ColumnChart
        width={CHART_WIDTH}
        height={CHART_HEIGHT}
        label={title}
        tick={tick}
        columns={rows.map((row) => ({
          label: row.label,
          from: 0,
          to: row.saving,
          color: COLORS.saving,
          title: `${row.label}: ${tick(row.saving)} ${f.unitLabel}`,
        }))}
        target={{
          value: target,
          color: COLORS.target,
        }}
      />
      <Legend
        items={[
          { name: t.charts.netByYear.saving, color: COLORS.saving },
          { name: `${t.charts.netByYear.target} ${tick(target)}`, color: COLORS.target },
        ]}
      />
    </ChartFigure>
  )
}
