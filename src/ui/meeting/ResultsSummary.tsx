import { memo, type MouseEvent } from 'react'
import { useScenarioAfterPaint } from '../../state/derived/afterPaint'
import type { AgainstTarget, Evaluation } from '../../model/engine/types'
import { currentEvaluation } from '../../state/evaluation'
import { useScenario } from '../../state/store'
import { useFormat } from '../useFormat'
import { useText } from '../useText'
import { gapText } from './gapText'
import { useNarrowScreen } from './useNarrowScreen'

/** The id of the results panel, which the summary's link brings into view. */
export const RESULTS_ID = 'results'

function Saving({ label, result }: { label: string; result: AgainstTarget }) {
  const t = useText()
  const f = useFormat()
  return (
    <div className={result.meetsTarget ? 'summary--met' : 'summary--short'}>
      <dt>{label}</dt>
      <dd>
        <strong className="figure">{f.amountWithUnit(result.saving)}</strong>{' '}
        <span className="summary-gap">{gapText(t, result.gap, f.amountWithUnit)}</span>
      </dd>
    </div>
  )
}

// Where the strip is hidden, the switch's own render leaves it be.
const hidden = () => null

/**
 * The headline in one strip, for a screen too narrow to show the results beside the measures: it
 * stays at the bottom of the screen while the measures are switched, and leads to the results.
 * Where it is shown it is the headline, drawn with the switch; where it is hidden, it follows after.
 */
export function ResultsSummary({ year }: { year: number }) {
  const narrow = useNarrowScreen()
  const latest = useScenario(narrow ? currentEvaluation : hidden)
  const later = useScenarioAfterPaint(currentEvaluation)
  const evaluation = narrow ? latest : later
  if (!evaluation) return null
  return <Summary evaluation={evaluation} year={year} />
}

const Summary = memo(function Summary({
  evaluation,
  year,
}: {
  evaluation: Evaluation
  year: number
}) {
  const t = useText()
  const yearResult = evaluation.years.find((y) => y.year === year)
  const toResults = (event: MouseEvent<HTMLAnchorElement>) => {
    // The address's fragment carries share links; moving there must not look like one.
    event.preventDefault()
    const results = document.getElementById(RESULTS_ID)
    results?.scrollIntoView({ block: 'start' })
    results?.focus({ preventScroll: true })
  }
  return (
    <section className="results-summary no-print" aria-label={t.meeting.summary}>
      <dl>
        {yearResult && <Saving label={t.meeting.savingIn(year)} result={yearResult} />}
        <Saving label={t.meeting.lasting} result={evaluation.lasting} />
      </dl>
      <a href={`#${RESULTS_ID}`} onClick={toResults}>
        {t.meeting.toResults}
      </a>
    </section>
  )
})
