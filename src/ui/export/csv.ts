import type { ExportCell, ExportTable } from './exportTable'

const BOM = '\ufeff'

// A text cell that starts like a formula would run as one in a spreadsheet (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/

function textCell(value: string): string {
  const guarded = FORMULA_START.test(value) ? `'${value}` : value
  return /[";\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded
}

function cell(value: ExportCell): string {
  // Numbers as Norwegian Excel reads them: decimal comma, plain hyphen-minus, no grouping.
  return 'text' in value ? textCell(value.text) : value.number.replace('.', ',')
}

/**
 * CSV that Norwegian Excel opens correctly on a double click: UTF-8 with a byte-order mark,
 * semicolons between cells, decimal commas and CRLF line ends.
 */
export function toCsv(table: ExportTable): string {
  const lines = [table.header.map((h) => textCell(h)), ...table.rows.map((row) => row.map(cell))]
  return BOM + lines.map((line) => line.join(';')).join('\r\n') + '\r\n'
}
