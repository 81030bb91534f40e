import { ScrollRegion } from '../../ScrollRegion'
import { useBaselineText } from './useBaselineText'
import { useTotals } from './useTotals'

/** An account's sums per year by side and net, beside the totals the source reports. */
export function AccountTotalsTable({ index, name }: { index: number; name: string }) {
  const t = useBaselineText()
  const { totals, show } = useTotals()
  const years = totals.accounts[index]?.years ?? []
  if (years.length === 0) return null
  const rows = [
    ['expenditure', t.totals.expenditure],
    ['income', t.totals.income],
    ['net', t.totals.net],
    ['reported', t.totals.reported],
  ] as const
  return (
    <ScrollRegion label={`${t.totals.heading}: ${name}`}>
      <table className="figures" data-testid={`account-totals-${index}`}>
        <caption>{`${t.totals.heading}: ${name}`}</caption>
        <thead>
          <tr>
            <td />
            {years.map((y) => (
              <th key={y.year} scope="col" className="number">
                {y.year}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([key, label]) => (
            <tr key={key}>
              <th scope="row">{label}</th>
              {years.map((y) => (
                <td
                  key={y.year}
                  className="number"
                  data-testid={`account-${index}-${key}-${y.year}`}
                >
                  {show(y[key])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  )
}
