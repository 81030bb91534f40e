import { memo, useCallback, useMemo } from 'react'
import type { Evaluation } from '../../model/engine/types'
import { AMOUNT_DECIMALS } from '../amounts'
import { useFormat } from '../useFormat'
import { useText } from '../useText'
import { againstTarget, COLORS } from './chartColors'
import { ChartFigure } from './ChartFigure'
import { barOf, type ChartSpec } from './chartSpec'
import { netByYearRows } from './netByYearRows'
import { useChartNumbers } from './useChartNumbers'
import { useChartRows } from './useChartRows'

/** The saving each plan year and for good, against the target: of the evaluation given, or the current one. */
export const NetByYearChart = memo(function NetByYearChart({
  evaluation,
}: {
  evaluation?: Evaluation
}) {
  const t = useText()
  const f = useFormat()
  const numbers = useChartNumbers(AMOUNT_DECIMALS[f.unit])
  const lasting = t.measures.lasting
  const rows = useChartRows(
    evaluation,
    useCallback((e: Evaluation) => netByYearRows(e, f.unit, lasting), [f.unit, lasting]),
  )
  const spec = useMemo((): ChartSpec => {
    const shown = rows ?? []
    return {
      layout: 'columns',
      category: t.charts.category.year,
      series: [t.charts.netByYear.saving],
      // Each year is coloured against its own target; the line is the lasting one.
      rows: shown.map((row) => ({
        label: row.label,
        bars: [barOf(row.saving, againstTarget(row.saving, row.target))],
        target: row.target,
      })),
      target: { value: shown.at(-1)?.target ?? 0, name: t.charts.netByYear.target },
      ...numbers,
    }
  }, [rows, t, numbers])
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
})
