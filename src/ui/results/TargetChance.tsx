import { memo, useMemo } from 'react'
import type { ValidModel } from '../../model/load/validModel'
import { dec, type Dec } from '../../model/money/decimal'
import { formatDecimal } from '../../i18n/numbers'
import { useTargetChance } from '../../state/uncertainty/targetChance'
import { COLORS } from '../charts/chartColors'
import { ChartFigure } from '../charts/ChartFigure'
import { barOf, type ChartSpec } from '../charts/chartSpec'
import { useChartNumbers } from '../charts/useChartNumbers'
import { ScrollRegion } from '../ScrollRegion'
import { useFormat } from '../useFormat'
import { useListFormat } from '../useListFormat'
import { useLang, useText } from '../useText'

// The measures drawn in the spread chart, the rest as one bar: a thousand bars would be neither
// readable nor quick to redraw.
const SPREAD_ROWS = 10

/**
 * How likely the selection is to reach the target, in each plan year and for good, in plain words
 * and as a table, with the method and the measures that carry the risk. Worked out off the main
 * thread after each change: until it answers, the last figures stay, marked as being redone.
 */
export const TargetChance = memo(function TargetChance({ model }: { model: ValidModel }) {
  const t = useText()
  const f = useFormat()
  const lang = useLang()
  const list = useListFormat()
  const numbers = useChartNumbers(1)
  const { chance, current, available } = useTargetChance()
  const spread = chance?.spread
  const spec = useMemo((): ChartSpec | null => {
    if (!spread?.length) return null
    const titles = new Map(model.measures.map((m) => [m.id, m.title]))
    const bar = (share: Dec) => [barOf(share.times(100).toNumber(), COLORS.short)]
    const rest = spread.slice(SPREAD_ROWS)
    return {
      layout: 'bars',
      category: t.charts.category.measure,
      series: [t.chance.share],
      rows: [
        ...spread.slice(0, SPREAD_ROWS).map(({ measure, share }) => ({
          label: `${measure} ${titles.get(measure) ?? ''}`.trim(),
          bars: bar(dec(share)),
        })),
        ...(rest.length > 0
          ? [
              {
                label: t.charts.waterfall.rest(rest.length),
                bars: bar(rest.reduce((total, { share }) => total.plus(share), dec(0))),
              },
            ]
          : []),
      ],
      ...numbers,
    }
  }, [spread, model, t, numbers])
  const heading = <h3 id="chance-heading">{t.chance.heading}</h3>
  if (!available)
    return (
      <section className="chance" aria-labelledby="chance-heading">
        {heading}
        <p>{t.chance.unavailable}</p>
      </section>
    )
  const years = chance ? Object.keys(chance.probability.byYear) : []
  const columns = chance
    ? [
        ...years.map((year) => ({
          label: year,
          probability: chance.probability.byYear[year] ?? '0',
          standardError: chance.standardErrorByYear[year] ?? '0',
          fan: chance.fan.byYear[year],
        })),
        {
          label: t.chance.lasting,
          probability: chance.probability.lasting,
          standardError: chance.standardError,
          fan: chance.fan.lasting,
        },
      ]
    : []
  const points = (value: string) =>
    formatDecimal(dec(value).times(100), lang, { decimals: 2, minDecimals: 2 })
  return (
    <section className="chance" aria-labelledby="chance-heading" aria-busy={!current}>
      {heading}
      <p role="status" className="chance-status">
        {current ? '' : t.chance.computing}
      </p>
      {chance && (
        <>
          <p
            className={current ? 'chance-summary' : 'chance-summary chance--stale'}
            data-testid="chance-summary"
          >
            {t.chance.summary(
              f.percent(dec(chance.probability.lasting), 0),
              chance.carriers.length > 0 ? list(chance.carriers) : null,
            )}
          </p>
          <ScrollRegion label={t.chance.tableCaption}>
            <table className={current ? 'figures' : 'figures chance--stale'}>
              <caption>{t.chance.tableCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.chance.period}</th>
                  {columns.map((c) => (
                    <th scope="col" className="number" key={c.label}>
                      {c.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">{t.chance.probability}</th>
                  {columns.map((c) => (
                    <td className="number" key={c.label} data-testid={`chance-${c.label}`}>
                      {f.percent(dec(c.probability))}
                    </td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">{t.chance.standardError}</th>
                  {columns.map((c) => (
                    <td className="number" key={c.label}>
                      {points(c.standardError)}
                    </td>
                  ))}
                </tr>
                {([10, 50, 90] as const).map((percent) => (
                  <tr key={percent}>
                    <th scope="row">
                      {t.chance.percentile(percent)}, {f.unitLabel}
                    </th>
                    {columns.map((c) => (
                      <td className="number" key={c.label}>
                        {c.fan ? f.amount(dec(c.fan[`p${percent}`])) : ''}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <p className="hint">
            {t.chance.method(formatDecimal(String(chance.samples), lang), String(chance.seed))}
          </p>
          {spec && (
            <ChartFigure
              id="chart-spread"
              title={t.chance.spreadTitle}
              caption={t.chance.spreadCaption}
              spec={spec}
              legend={[{ name: t.chance.share, color: COLORS.short }]}
            />
          )}
        </>
      )}
    </section>
  )
})
