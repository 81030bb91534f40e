import { isError, type Problem } from '../model/problems'
import type { FileKind } from '../i18n/fields/describeField'
import { problemText } from '../i18n/problemText'
import { useLang, useText } from './useText'

/**
 * Errors shown at once, warnings folded away under a count. `model` (parsed, possibly invalid)
 * lets the messages name measures, tables and lines by their titles; `file` says whether the
 * problems' paths point into the model file or a scenario.
 */
export function ProblemList({
  problems,
  model,
  file = 'model',
  summary,
}: {
  problems: readonly Problem[]
  model?: unknown
  file?: FileKind
  summary?: string
}) {
  const lang = useLang()
  const t = useText()
  const text = (problem: Problem) => problemText(problem, lang, { model, file })
  const errors = problems.filter(isError)
  const warnings = problems.filter((p) => !isError(p))
  return (
    <>
      {errors.length > 0 && (
        <div role="alert" className="problems problems--errors">
          <ul>
            {errors.map((problem, i) => (
              <li key={i}>{text(problem)}</li>
            ))}
          </ul>
        </div>
      )}
      {warnings.length > 0 && (
        <details className="problems problems--warnings">
          <summary>{summary ?? t.warnings.dataWarnings(warnings.length)}</summary>
          <ul>
            {warnings.map((problem, i) => (
              <li key={i}>{text(problem)}</li>
            ))}
          </ul>
        </details>
      )}
    </>
  )
}
