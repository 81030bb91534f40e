import { isError, type Problem } from '../model/problems'
import { problemText } from '../i18n/problemText'
import { useLang, useText } from './useText'

/** Errors that make the selection unusable, shown at once; warnings folded away but counted. */
export function ProblemList({ problems, file }: { problems: readonly Problem[]; file?: unknown }) {
  const lang = useLang()
  const t = useText()
  const errors = problems.filter(isError)
  const warnings = problems.filter((p) => !isError(p))
  return (
    <>
      {errors.length > 0 && (
        <div role="alert" className="problems problems--errors">
          <p>{t.problems.refused}</p>
          <ul>
            {errors.map((problem, i) => (
              <li key={i}>{problemText(problem, lang, file)}</li>
            ))}
          </ul>
        </div>
      )}
      {warnings.length > 0 && (
        <details className="problems problems--warnings">
          <summary>{t.problems.warnings(warnings.length)}</summary>
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
