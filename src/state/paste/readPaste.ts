import type { PasteProblem } from '../../i18n/cellProblem'
import { readCell, type CellReading } from '../table/readCell'
import type { TableColumn } from '../table/tableColumn'
import { splitPasted } from './splitPasted'

export interface PastedCell {
  /** The table row the cell lands in, from 0; rows past the end are added. */
  row: number
  /** The table column it lands in, or null past the last column. */
  column: number | null
  text: string
  reading: CellReading | { ok: false; reason: Extract<PasteProblem, 'outside'> }
}

export interface PastePlan {
  ok: true
  rows: PastedCell[][]
  /** Rows added at the end of the table for the pasted rows that go past it. */
  newRows: number
  bad: PastedCell[]
}

/** Pastes bigger than this are refused: no table of a model is near it, and the preview must stay quick. */
export const PASTE_LIMIT = { characters: 200_000, cells: 10_000 } as const

/**
 * Lays a block copied from a spreadsheet onto a table's columns from the cell it was pasted in,
 * reading each cell for its column: the value to store, or why it cannot be. Never throws.
 */
export function readPaste(options: {
  text: string
  columns: readonly TableColumn[]
  /** The focused cell's row and column. */
  at: { row: number; column: number }
  /** Rows the table has now. */
  rowCount: number
}): PastePlan | { ok: false; reason: 'empty' | 'tooLarge' } {
  const { text, columns, at, rowCount } = options
  if (text.length > PASTE_LIMIT.characters) return { ok: false, reason: 'tooLarge' }
  const block = splitPasted(text)
  const cellCount = block.reduce((count, cells) => count + cells.length, 0)
  if (cellCount > PASTE_LIMIT.cells) return { ok: false, reason: 'tooLarge' }
  if (block.every((cells) => cells.every((cell) => cell.trim() === '')))
    return { ok: false, reason: 'empty' }
  const rows = block.map((cells, r) =>
    cells.map((cellText, c): PastedCell => {
      const index = at.column + c
      const column = columns[index]
      return {
        row: at.row + r,
        column: column ? index : null,
        text: cellText,
        reading: column ? readCell(cellText, column) : { ok: false, reason: 'outside' },
      }
    }),
  )
  return {
    ok: true,
    rows,
    newRows: Math.max(0, at.row + block.length - rowCount),
    bad: rows.flat().filter((cell) => !cell.reading.ok),
  }
}
