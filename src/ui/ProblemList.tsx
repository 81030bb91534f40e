import { isError, type Problem } from '../model/problems'
import { problemText } from '../i18n/problemText'
import { useLang, useText } from './useText'

/** Errors shown at once, warnings folded away under a count. */
export function ProblemList({
  problems,
  file,
  summary,
}: {
  problems: readonly Problem[]
  file?: unknown
  summary?: string
}) {
  const lang = useLang()
  const t = useText()
  const errors = problems.filter(isError)
  const warnings = problems.filter((p) => !isError(p))
  return (
    <>
      {errors.length > 0 && (
        <div role="alert" className="problems problems--errors">
          <ul>
            {errors.map((problem, i) => (
              <li key={i}>{problemText(problem, lang, file)}</li>
            ))}
          </ul>
        </div>
      )}
      {warnings.length > 0 && (
        <details className="problems problems--warnings">
          <summary>{summary ?? t.warnings.dataWarnings(warnings.length)}</summary>
          <ul>
            {warnings.map((problem, i) => (
              <li key={i}>{problemText(problem, lang, file)}</li>
            ))}
          </ul>
        </details>
      )}
    </>
  )
}
