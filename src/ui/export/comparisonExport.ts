import type { ValidModel } from '../../model/load/validModel'
import { toDecimalString } from '../../model/money/decimal'
import type { Lang } from '../../i18n/lang'
import { plainText } from '../../i18n/numbers'
import type { UiMessages } from '../../i18n/uiMessages'
import type { ComparisonRow, MeasureCell } from '../compare/comparisonRows'
import { changedInputText } from '../trust/inputText'
import { exportAbout } from './exportAbout'
import { amount, decimal, share, text, type ExportCell, type ExportTable } from './exportTable'

/**
 * The comparison as a table to download: amounts in whole kroner and shares as numbers, each
 * heading naming its unit; for each measure whether each scenario counts it, with the inputs it
 * changes from the model file.
 */
export function comparisonExport({
  model,
  rows,
  names,
  date,
  t,
  lang,
}: {
  model: ValidModel
  rows: readonly ComparisonRow[]
  names: readonly string[]
  date: Date
  t: UiMessages
  lang: Lang
}): ExportTable {
  // Staff-years are named in the label itself.
  const units = { amount: t.about.amountsInKr, staffYears: null, share: t.units.percent }
  const label = (row: ComparisonRow & { kind: keyof typeof units }) => {
    const unit = units[row.kind]
    return unit === null ? row.label : t.exportTable.withUnit(row.label, unit)
  }
  const measureText = (cell: MeasureCell) => {
    if (cell.status === 'leftOut') return t.exportTable.leftOut
    if (cell.status === 'notChosen') return t.exportTable.no
    const changes = cell.changed.map((c) => plainText(changedInputText(model, c, lang, t)))
    return [t.exportTable.yes, ...changes].join(' – ')
  }
  return {
    name: t.exportTable.comparison,
    about: exportAbout({ t, lang, model, names, date, changes: null }),
    header: [t.compare.metric, ...names],
    rows: rows.map((row): ExportCell[] =>
      row.kind === 'measure'
        ? [text(row.label), ...row.values.map((cell) => text(measureText(cell)))]
        : [
            text(label(row)),
            ...row.values.map((v) =>
              row.kind === 'amount'
                ? amount(toDecimalString(v))
                : row.kind === 'share'
                  ? share(toDecimalString(v))
                  : decimal(toDecimalString(v)),
            ),
          ],
    ),
  }
}
