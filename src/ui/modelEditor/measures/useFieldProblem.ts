import { describeField } from '../../../i18n/fields/describeField'
import type { Lang } from '../../../i18n/lang'
import { measureEditorMessages } from '../../../i18n/model/measures'
import { problemText } from '../../../i18n/problemText'
import { isError, type Problem } from '../../../model/problems'
import { checkModelDraft } from '../../../state/modelEditSlice'
import { useScenario } from '../../../state/store'
import { useLang } from '../../useText'

type Path = readonly (string | number)[]

const pathKey = (path: Path) => path.map(String).join('\u0000')

/**
 * A problem as said beside its field. A number that cannot be read is said for a form, where
 * "0,8" and "80 %" are typed, not in the file's terms that the list of problems uses.
 */
function fieldProblemText(problem: Problem, lang: Lang, model: unknown): string {
  const typed = measureEditorMessages[lang].typed
  if (
    problem.code === 'badNumber' &&
    (problem.issue === 'notDecimal' || problem.issue === 'aboveOne')
  ) {
    const what = problem.issue === 'notDecimal' ? typed.notDecimal(problem.found) : typed.aboveOne
    return `${describeField(problem.path, lang, { model })}: ${what}.`
  }
  return problemText(problem, lang, { model, file: 'model' })
}

/**
 * The draft's first error about exactly this place, in words that name the measure and the field
 * ("Tiltak X3 «Bosetting», tilskudd per bosatt: … er ikke et tall"), or null. Shown beside the
 * field as it is typed.
 */
export function useFieldProblem(path: Path): string | null {
  const lang = useLang()
  const key = pathKey(path)
  return useScenario((s) => {
    const file = s.modelEdit?.file
    if (!file) return null
    const check = checkModelDraft(file)
    if (check.ok) return null
    const problem = check.problems.find((p) => isError(p) && 'path' in p && pathKey(p.path) === key)
    return problem ? fieldProblemText(problem, lang, file) : null
  })
}
