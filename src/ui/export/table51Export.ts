import type { Evaluation } from '../../model/engine/types'
import type { ValidModel } from '../../model/load/validModel'
import { toDecimalString } from '../../model/money/decimal'
import type { ChangedInput } from '../../model/scenario/changedInputs'
import type { MeasureBasis } from '../../model/scenario/measureBases'
import type { Lang } from '../../i18n/lang'
import { plainText } from '../../i18n/numbers'
import type { UiMessages } from '../../i18n/uiMessages'
import { formatAmount } from '../amounts'
import { table51Totals } from '../../state/derived/table51Totals'
import { basisNoteText } from '../trust/basisNoteText'
import { changedInputText } from '../trust/inputText'
import { exportAbout } from './exportAbout'
import { amount, text, type ExportTable } from './exportTable'

/**
 * Table 5.1 as on screen, to download: the chosen measures with their full-year effect in whole
 * kroner, the sum, the target and the gap; each measure's changed inputs, and what the report's
 * figure rests on, in a column of their own; what the figures are above the table.
 */
export function table51Export({
  model,
  evaluation,
  bases,
  changed,
  name,
  date,
  t,
  lang,
}: {
  model: ValidModel
  evaluation: Evaluation
  bases: ReadonlyMap<string, MeasureBasis>
  changed: readonly ChangedInput[]
  name: string
  date: Date
  t: UiMessages
  lang: Lang
}): ExportTable {
  const results = new Map(evaluation.measures.map((m) => [m.id, m]))
  const mill = (value: Parameters<typeof formatAmount>[0]) =>
    t.units.amount(formatAmount(value, 'mill', lang), 'mill')
  const basisText = (basis: MeasureBasis) =>
    plainText(
      [
        ...basis.changed.map((c) => changedInputText(model, c, lang, t)),
        basisNoteText(basis, t, mill),
      ].join('. '),
    )
  return {
    name: t.exportTable.measures,
    about: exportAbout({ t, lang, model, names: [name], date, changes: changed }),
    header: [
      t.table51.id,
      t.table51.description,
      t.table51.users,
      t.table51.staff,
      t.exportTable.economyKr,
      t.exportTable.reportLabel,
      t.exportTable.changedInputs,
    ],
    rows: [
      ...model.measures.flatMap((measure) => {
        const result = results.get(measure.id)
        if (!result) return []
        const basis = bases.get(measure.id)
        return [
          [
            text(measure.id),
            text(measure.title),
            text(measure.consequences.users.summary),
            text(measure.consequences.staff.summary),
            amount(toDecimalString(result.annual.net)),
            text(measure.reportLabel ?? ''),
            text(basis ? basisText(basis) : ''),
          ],
        ]
      }),
      ...table51Totals(evaluation, 0).map((row) => [
        text(''),
        text(t.table51[row.label]),
        text(''),
        text(''),
        amount(toDecimalString(row.value)),
      ]),
    ],
  }
}
