import { describeField } from '../../i18n/fields/describeField'
import type { Lang } from '../../i18n/lang'
import { measureEditorMessages } from '../../i18n/model/measures'
import { problemText } from '../../i18n/problemText'
import type { Problem } from '../../model/problems'

/**
 * A problem of the model being edited, as said to someone filling in its form, beside the field and
 * in the list alike: a number that cannot be read is said for a form, where "0,8" and "80 %" are
 * typed, not in the file's terms (quotes, decimal point) that a file's problems use.
 */
export function fieldProblemText(problem: Problem, lang: Lang, model: unknown): string {
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
