import { isError } from '../../../model/problems'
import { checkModelDraft } from '../../../state/modelEditSlice'
import { useScenario } from '../../../state/store'
import { useLang } from '../../useText'
import { fieldProblemText } from '../fieldProblemText'

type Path = readonly (string | number)[]

const pathKey = (path: Path) => path.map(String).join('\u0000')

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
