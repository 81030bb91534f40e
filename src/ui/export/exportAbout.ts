import { InputType } from '../../model/drivers/inputSpec'
import type { ValidModel } from '../../model/load/validModel'
import { dec, toDecimalString } from '../../model/money/decimal'
import type { ChangedInput } from '../../model/scenario/changedInputs'
import type { UiMessages } from '../../i18n/uiMessages'
import { isPercent } from '../measures/assumptionValue'
import type { Lang } from '../../i18n/lang'
import { changedInputLabel } from '../trust/inputText'
import { amount, date, decimal, plainNumber, text, type ExportCell } from './exportTable'

/** An input's value as a number cell in the unit its row names: per cent as 90, not 0,9. */
function inputCell(type: InputType, value: string): ExportCell {
  if (isPercent({ type })) return plainNumber(toDecimalString(dec(value).times(100)))
  if (type === InputType.amount) return amount(value)
  if (type === InputType.staffYears) return decimal(value)
  return plainNumber(value)
}

/**
 * The rows above an exported table that say what its figures are: the scenario or scenarios, the
 * model and its version, the date, the plan years, the unit, and each input changed from the model
 * file with the file's value and the value used (`changes` null where the table shows them itself).
 */
export function exportAbout({
  t,
  lang,
  model,
  names,
  date: today,
  changes,
}: {
  t: UiMessages
  lang: Lang
  model: ValidModel
  names: readonly string[]
  date: Date
  changes: readonly ChangedInput[] | null
}): ExportCell[][] {
  const years = model.planYears
  const rows: ExportCell[][] = [
    [text(names.length > 1 ? t.about.scenarios : t.about.scenario), ...names.map(text)],
    [
      text(t.about.model),
      text(t.about.modelVersion(`${model.municipality.name}: ${model.title}`, model.version)),
    ],
    [text(t.about.date), date(today)],
    [text(t.about.planYear), text(`${years[0] ?? ''}–${years.at(-1) ?? ''}`)],
    [text(t.about.unit), text(t.about.amountsInKr)],
  ]
  if (changes === null) return rows
  if (changes.length === 0)
    return [...rows, [text(t.about.changedInputs), text(t.trust.noneChanged)]]
  return [
    ...rows,
    [
      text(t.about.changedInputs),
      text(t.about.measure),
      text(t.about.input),
      text(t.about.file),
      text(t.about.used),
      text(t.about.inputUnit),
    ],
    ...changes.map((change) => [
      text(''),
      text(change.measure),
      text(changedInputLabel(model, change, lang)),
      inputCell(change.type, change.file),
      inputCell(change.type, change.used),
      text(t.measures.inputUnits[change.type]),
    ]),
  ]
}
