import { parseNumber } from '../../i18n/parseNumber'
import { CellProblem } from '../../i18n/cellProblem'
import type { TableColumn } from './tableColumn'

export type CellReading =
  /** `value` undefined: the cell is empty and its place in the file is removed. */
  { ok: true; value: unknown } | { ok: false; reason: CellProblem }

// "kr" or "kr." before or after an amount, as spreadsheets format currency cells.
const CURRENCY = /^kr\.?\s*|\s*kr\.?$/giu

/**
 * The value of a cell's text in its column: a decimal string for amounts ("1 234,5 kr" →
 * "1234.5"), a number for years and whole numbers, an option's value for a choice. Empty text is
 * an empty cell. Never throws.
 */
export function readCell(
  text: string,
  column: Pick<TableColumn, 'kind' | 'options' | 'empty'>,
): CellReading {
  const trimmed = text.trim()
  if (column.kind === 'text') return { ok: true, value: trimmed }
  if (trimmed === '') return { ok: true, value: column.empty }
  if (column.kind === 'select') {
    const wanted = trimmed.toLocaleLowerCase('nb')
    const option = column.options?.find(
      (o) =>
        o.value.toLocaleLowerCase('nb') === wanted || o.label.toLocaleLowerCase('nb') === wanted,
    )
    return option ? { ok: true, value: option.value } : { ok: false, reason: CellProblem.notOption }
  }
  const parsed = parseNumber(trimmed.replace(CURRENCY, ''))
  if (!parsed.ok) return { ok: false, reason: parsed.reason }
  if (column.kind === 'amount') return { ok: true, value: parsed.value }
  return /^-?\d+$/.test(parsed.value)
    ? { ok: true, value: Number(parsed.value) }
    : { ok: false, reason: CellProblem.notWhole }
}
