import { InputType } from '../../model/drivers/inputSpec'
import type { ValidModel } from '../../model/load/validModel'
import type { ModelChanges } from '../../model/scenario/modelChanges'
import type { Lang } from '../../i18n/lang'
import type { VersionsMessages } from '../../i18n/model/versions'
import type { UiMessages } from '../../i18n/uiMessages'
import { changedInputLabel, inputValueText } from '../trust/inputText'

/**
 * What changed between two versions of a model, one line each, in the user's words:
 * "Tiltak X3 er fjernet: …", "Tiltak D: Refusjonssats 80 % → 90 %". `model` is the newer version.
 */
export function modelChangeLines(
  changes: ModelChanges,
  model: ValidModel,
  lang: Lang,
  words: VersionsMessages,
  t: UiMessages,
): string[] {
  const value = (type: InputType, text: string) =>
    text === '' ? words.noValue : inputValueText(type, text, lang, t)
  return [
    ...changes.removed.map((m) => words.removed(m.id, m.title)),
    ...changes.added.map((m) => words.added(m.id, m.title)),
    ...changes.inputs.map((c) =>
      words.input(
        c.measure,
        changedInputLabel(model, c, lang),
        value(c.type, c.from),
        value(c.type, c.to),
      ),
    ),
    ...changes.otherwise.map((m) => words.otherwise(m.id, m.title)),
    ...(changes.target
      ? [
          words.target(
            value(InputType.amount, changes.target.from),
            value(InputType.amount, changes.target.to),
          ),
        ]
      : []),
    ...(changes.targetByYear ? [words.targetByYear] : []),
    ...(changes.planYears
      ? [words.planYears(changes.planYears.from.join(', '), changes.planYears.to.join(', '))]
      : []),
  ]
}
