import { isError, type Problem } from '../../model/problems'
import { useLang } from '../useText'
import { fieldId } from './fieldId'
import { fieldProblemText } from './fieldProblemText'
import { useModelEditorText } from './useModelText'

/** The problems of the model being edited, in words, each a link to the field it is about. */
export function ModelProblems({ problems, file }: { problems: readonly Problem[]; file: unknown }) {
  const lang = useLang()
  const t = useModelEditorText()
  const errors = problems.filter(isError)
  if (errors.length === 0)
    return <p className="model-problems model-problems--none">{t.noProblems}</p>
  return (
    <section className="model-problems" aria-labelledby="model-problems-heading">
      <h2 id="model-problems-heading">{t.problems(errors.length)}</h2>
      <p>{t.draftNote}</p>
      <ul>
        {errors.map((problem, i) => {
          const text = fieldProblemText(problem, lang, file)
          return (
            <li key={i}>
              {'path' in problem ? <a href={`#${fieldId(problem.path)}`}>{text}</a> : text}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
