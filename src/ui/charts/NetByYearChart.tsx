import { useMemo } from 'react'
import type { Evaluation } from '../../model/engine/types'
import { AMOUNT_DECIMALS } from '../amounts'
import { useFormat } from '../useFormat'
import { useText } from '../useText'
import { againstTarget, COLORS } from './chartColors'
import { ChartFigure } from './ChartFigure'
import { barOf, type ChartSpec } from './chartSpec'
import { netByYearRows } from './netByYearRows'
import { useChartNumbers } from './useChartNumbers'

export function NetByYearChart({ evaluation }: { evaluation: Evaluation }) {
  const t = useText()
  const f = useFormat()
  const numbers = useChartNumbers(AMOUNT_DECIMALS[f.unit])
  const spec = useMemo((): ChartSpec => {
    const rows = netByYearRows(evaluation, f.unit, t.measures.lasting)
    return {
      layout: 'columns',
      category: t.charts.category.year,
      series: [t.charts.netByYear.saving],
      // Each year is coloured against its own target; the line is the lasting one.
      rows: rows.map((row) => ({
        label: row.label,
        bars: [barOf(row.saving, againstTarget(row.saving, row.target))],
        target: row.target,
      })),
      target: { value: rows.at(-1)?.target ?? 0, name: t.charts.netByYear.target },
      ...numbers,
    }
  }, [evaluation, f.unit, t, numbers])
  return (
    <ChartFigure
      id="chart-net"
      title={t.charts.netByYear.title}
      caption={t.charts.netByYear.caption(f.unitLabel)}
      spec={spec}
      legend={[
        { name: t.charts.reached, color: COLORS.reached },
        { name: t.charts.short, color: COLORS.short },
      ]}
    />
  )
}
