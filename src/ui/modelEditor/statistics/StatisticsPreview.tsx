import { formatDecimal } from '../../../i18n/numbers'
import type { StatisticsImport } from '../../../state/statistics/importStatistics'
import type { LineSide } from '../../../state/statistics/statisticsTable'
import { useLang } from '../../useText'
import { useStatisticsText } from './useStatisticsText'

/** The lines an import will write, in kroner, and what the user must know before importing. */
export function StatisticsPreview({
  result,
  scale,
  side,
}: {
  result: StatisticsImport
  scale: 1000 | 1
  side: LineSide
}) {
  const t = useStatisticsText()
  const lang = useLang()
  if (!result.ok && result.reason !== 'missing') {
    return (
      <p role="status" className="notice">
        {result.reason === 'nothingChosen' ? t.chooseSome : t.modelUnreadable}
      </p>
    )
  }
  const years = result.lines[0]?.amounts.map((a) => a.year) ?? []
  return (
    <section aria-label={t.previewHeading}>
      <h3>{t.previewHeading}</h3>
      {result.ok && <p>{(result.updates ? t.updateAccount : t.newAccount)(t.accountTitle)}</p>}
      <p>{t.unitNote[scale]}</p>
      {side === 'income' && <p>{t.incomeNote}</p>}
      <div className="scroll-region">
        <table>
          <thead>
            <tr>
              <th scope="col">{t.functionColumn}</th>
              <th scope="col">{t.lineColumn}</th>
              {years.map((year) => (
                <th key={year} scope="col" className="number">
                  {year}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.lines.map((line) => (
              <tr key={line.kostraFunction.code}>
                <th scope="row">
                  {line.kostraFunction.code}
                  {line.newFunction && ` (${t.newFunction})`}
                </th>
                <td>{line.label}</td>
                {line.amounts.map((a) => (
                  <td key={a.year} className="number">
                    {a.kroner === null ? t.missing(a.missing ?? '') : formatDecimal(a.kroner, lang)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!result.ok && (
        <p role="alert" className="notice">
          {t.missingRefusal(result.missing)}
        </p>
      )}
      {result.ok && result.gaps.length > 0 && <p className="notice">{t.gaps(result.gaps)}</p>}
    </section>
  )
}
