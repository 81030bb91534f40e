import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { propertyRuns } from '../../builders/fastCheck'
import { applyPaste } from '../../../src/state/paste/applyPaste'
import { PASTE_LIMIT, readPaste, type PastePlan } from '../../../src/state/paste/readPaste'
import type { TableColumn } from '../../../src/state/table/tableColumn'

const lineColumns: TableColumn[] = [
  { key: ['label'], label: 'Tekst', kind: 'text' },
  { key: ['amounts', '2026'], label: '2026', kind: 'amount' },
  { key: ['amounts', '2027'], label: '2027', kind: 'amount' },
]

const plan = (text: string, at = { row: 0, column: 0 }, rowCount = 1) => {
  const read = readPaste({ text, columns: lineColumns, at, rowCount })
  if (!read.ok) throw new Error(`not read: ${read.reason}`)
  return read
}

const badCells = (read: PastePlan) =>
  read.bad.map((cell) => ({
    row: cell.row,
    column: cell.column,
    text: cell.text,
    reason: cell.reading.ok ? null : cell.reading.reason,
  }))

describe('laying a pasted block onto a table', () => {
  it('reads Norwegian spreadsheet numbers into decimal strings, from the focused cell', () => {
    const read = plan('Sosialhjelp\t1 234,5 kr\t\u22121\u00a0234\r\nKvalifisering\t-1234\tkr 7\r\n')
    expect(read.bad).toEqual([])
    expect(read.newRows).toBe(1)
    expect(read.rows.map((row) => row.map((cell) => cell.reading))).toEqual([
      [
        { ok: true, value: 'Sosialhjelp' },
        { ok: true, value: '1234.5' },
        { ok: true, value: '-1234' },
      ],
      [
        { ok: true, value: 'Kvalifisering' },
        { ok: true, value: '-1234' },
        { ok: true, value: '7' },
      ],
    ])
  })

  it('names each bad cell by its row and column in the table', () => {
    const read = plan('12a\t5\n1\tx', { row: 2, column: 1 }, 5)
    expect(badCells(read)).toEqual([
      { row: 2, column: 1, text: '12a', reason: 'notNumber' },
      { row: 3, column: 2, text: 'x', reason: 'notNumber' },
    ])
  })

  it('marks cells past the last column as outside the table', () => {
    const read = plan('1\t2\t3', { row: 0, column: 1 })
    expect(badCells(read)).toEqual([{ row: 0, column: null, text: '3', reason: 'outside' }])
  })

  it('refuses an empty clipboard and one too large to preview', () => {
    expect(
      readPaste({ text: '\t\r\n\t', columns: lineColumns, at: { row: 0, column: 0 }, rowCount: 0 }),
    ).toEqual({
      ok: false,
      reason: 'empty',
    })
    const many = '1\t'.repeat(PASTE_LIMIT.cells + 1)
    expect(
      readPaste({ text: many, columns: lineColumns, at: { row: 0, column: 0 }, rowCount: 0 }),
    ).toEqual({
      ok: false,
      reason: 'tooLarge',
    })
  })

  it('fills the rows it covers and adds the rows it needs, leaving other cells alone', () => {
    const rows: unknown[] = [{ label: 'Gammel', amounts: { '2026': '1', '2027': '2' } }]
    applyPaste(rows, plan('10\n20', { row: 0, column: 2 }), lineColumns, () => ({
      label: '',
      amounts: {},
    }))
    expect(rows).toEqual([
      { label: 'Gammel', amounts: { '2026': '1', '2027': '10' } },
      { label: '', amounts: { '2027': '20' } },
    ])
  })

  it('removes a value where the pasted cell is empty', () => {
    const rows: unknown[] = [{ label: 'A', amounts: { '2026': '1', '2027': '2' } }]
    applyPaste(rows, plan('\t5', { row: 0, column: 1 }), lineColumns, () => ({}))
    expect(rows).toEqual([{ label: 'A', amounts: { '2027': '5' } }])
  })

  it('writes whole rows into a list of years', () => {
    const years: unknown[] = [2026]
    const yearColumn: TableColumn[] = [{ key: [], label: 'År', kind: 'year', empty: null }]
    const read = readPaste({
      text: '2026\n2027\n2028\n',
      columns: yearColumn,
      at: { row: 0, column: 0 },
      rowCount: 1,
    })
    if (!read.ok) throw new Error('not read')
    applyPaste(years, read, yearColumn, () => null)
    expect(years).toEqual([2026, 2027, 2028])
  })

  test.prop([fc.string({ maxLength: 400 }), fc.nat(5), fc.nat(3), fc.nat(5)], propertyRuns(300))(
    'never throws on any text, and every cell is a value or a reason',
    (text, row, column, rowCount) => {
      const read = readPaste({ text, columns: lineColumns, at: { row, column }, rowCount })
      if (!read.ok) return
      for (const cell of read.rows.flat()) {
        expect(cell.row).toBeGreaterThanOrEqual(row)
        if (cell.reading.ok) expect(cell.column).not.toBeNull()
      }
      expect(read.bad.length).toBeLessThanOrEqual(read.rows.flat().length)
    },
  )

  test.prop(
    [
      fc.array(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), { minLength: 1, maxLength: 8 }),
      fc.constantFrom(' ', '\u00a0', '\u202f'),
      fc.constantFrom('', ' kr', 'kr ', 'kr. '),
    ],
    propertyRuns(200),
  )(
    'reads any whole amount written the Norwegian way, grouped and with kr',
    (amounts, space, kr) => {
      const written = amounts.map((n) => {
        const grouped = (n < 0n ? -n : n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, space)
        const signed = `${n < 0n ? '\u2212' : ''}${grouped}`
        return kr.startsWith('kr') ? `${kr}${signed}` : `${signed}${kr}`
      })
      const read = readPaste({
        text: written.join('\n'),
        columns: lineColumns,
        at: { row: 0, column: 1 },
        rowCount: 0,
      })
      if (!read.ok) throw new Error('not read')
      expect(read.rows.map((r) => r[0]?.reading)).toEqual(
        amounts.map((n) => ({ ok: true, value: n.toString() })),
      )
    },
  )
})

describe('what a paste writes and refuses', () => {
  it('writes no bad cell, and leaves its old value in place', () => {
    const rows: unknown[] = [{ label: 'A', amounts: { '2026': '1', '2027': '2' } }]
    const read = plan('B\tmange\t5', { row: 0, column: 0 }, 1)
    expect(read.newRows).toBe(0)
    applyPaste(rows, read, lineColumns, () => ({}))
    expect(rows).toEqual([{ label: 'B', amounts: { '2026': '1', '2027': '5' } }])
  })

  it('writes nothing past the last column, and nothing into a row that is not an object', () => {
    const rows: unknown[] = [null, { label: 'A' }]
    applyPaste(rows, plan('X\n\t1\t2\t3', { row: 0, column: 0 }, 2), lineColumns, () => ({}))
    expect(rows).toEqual([null, { label: '', amounts: { '2026': '1', '2027': '2' } }])
  })

  it('empties a place in a list of values to null', () => {
    const years: unknown[] = [2026, 2027]
    const yearColumn: TableColumn[] = [{ key: [], label: 'År', kind: 'year' }]
    const read = readPaste({
      text: '\n2028',
      columns: yearColumn,
      at: { row: 0, column: 0 },
      rowCount: 2,
    })
    if (!read.ok) throw new Error('not read')
    applyPaste(years, read, yearColumn, () => 0)
    expect(years).toEqual([null, 2028])
  })

  it('refuses a clipboard of more characters than any table holds, and takes one just inside', () => {
    const at = { row: 0, column: 1 }
    const long = '1'.repeat(PASTE_LIMIT.characters)
    expect(readPaste({ text: `${long}1`, columns: lineColumns, at, rowCount: 1 })).toEqual({
      ok: false,
      reason: 'tooLarge',
    })
    expect(readPaste({ text: long, columns: lineColumns, at, rowCount: 1 }).ok).toBe(true)
    const cells = Array.from({ length: PASTE_LIMIT.cells / 2 }, () => '1\t2').join('\n')
    expect(readPaste({ text: cells, columns: lineColumns, at, rowCount: 1 }).ok).toBe(true)
  })
})
