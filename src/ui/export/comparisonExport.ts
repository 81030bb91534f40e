import { toDecimalString } from '../../model/money/decimal'
import type { UiMessages } from '../../i18n/uiMessages'
import type { ComparisonRow } from '../compare/comparisonRows'
import { amount, decimal, share, text, type ExportCell, type ExportTable } from './exportTable'

/** The comparison as a table to download: amounts in whole kroner as numbers, names as text. */
export function comparisonExport(
  rows: readonly ComparisonRow[],
  names: readonly string[],
  t: UiMessages,
): ExportTable {
  return {
    name: t.exportTable.comparison,
    header: [t.compare.metric, ...names],
    rows: rows.map((row): ExportCell[] => [
      text(row.label),
      ...(row.kind === 'chosen'
        ? row.values.map((v) => text(v ? t.exportTable.yes : t.exportTable.no))
        : row.values.map((v) =>
            row.kind === 'amount'
              ? amount(toDecimalString(v))
              : row.kind === 'share'
                ? share(toDecimalString(v))
                : decimal(toDecimalString(v)),
          )),
    ]),
  }
}
