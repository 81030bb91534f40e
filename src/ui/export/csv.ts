import { dec, toDecimalString } from '../../model/money/decimal'
import { roundToPlaces } from '../../model/money/rounding'
import { isoDate } from '../../i18n/dates'
import type { ExportCell, ExportTable } from './exportTable'

const BOM = '\ufeff'

// A text cell that starts like a formula would run as one in a spreadsheet (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/

/** Shares are written as per cent to this many decimals: 0,1206… as 12,1. */
const SHARE_DECIMALS = 1

function textCell(value: string): string {
  const guarded = FORMULA_START.test(value) ? `'${value}` : value
  return /[";\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded
}

function numberText(value: Extract<ExportCell, { number: string }>): string {
  return value.format === 'share'
    ? toDecimalString(roundToPlaces(dec(value.number).times(100), SHARE_DECIMALS))
    : value.number
}

function cell(value: ExportCell): string {
  if ('text' in value) return textCell(value.text)
  if ('date' in value) return isoDate(value.date)
  // Numbers as Norwegian Excel reads them: decimal comma, plain hyphen-minus, no grouping.
  return numberText(value).replace('.', ',')
}

/**
 * CSV that Norwegian Excel opens correctly on a double click: UTF-8 with a byte-order mark,
 * semicolons between cells, decimal commas and CRLF line ends. What the figures are comes first,
 * then an empty line, then the table. Shares are per cent; their headings say so.
 */
export function toCsv(table: ExportTable): string {
  const lines = [
    ...table.about.map((row) => row.map(cell)),
    ...(table.about.length > 0 ? [[]] : []),
    table.header.map((h) => textCell(h)),
    ...table.rows.map((row) => row.map(cell)),
  ]
  return BOM + lines.map((line) => line.join(';')).join('\r\n') + '\r\n'
}
