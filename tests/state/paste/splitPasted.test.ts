import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { propertyRuns } from '../../builders/fastCheck'
import { splitPasted } from '../../../src/state/paste/splitPasted'

describe('splitting a block copied from a spreadsheet', () => {
  it.each([
    ['Excel (CRLF, a line break after the last row)', 'a\tb\r\nc\td\r\n'],
    ['LibreOffice (LF)', 'a\tb\nc\td\n'],
    ['no line break at the end', 'a\tb\nc\td'],
    ['old Mac (CR)', 'a\tb\rc\td'],
  ])('reads rows and cells from %s', (_, text) => {
    expect(splitPasted(text)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ])
  })

  it('keeps empty cells in their place', () => {
    expect(splitPasted('a\t\tc\r\n\tb\t\r\n')).toEqual([
      ['a', '', 'c'],
      ['', 'b', ''],
    ])
  })

  it('reads quoted cells with tabs, line breaks and doubled quotes inside', () => {
    expect(splitPasted('"Linje 1\nLinje 2"\t"sa ""hei"""\t"a\tb"\r\n')).toEqual([
      ['Linje 1\nLinje 2', 'sa "hei"', 'a\tb'],
    ])
  })

  it('keeps a quote that does not close a cell as text', () => {
    expect(splitPasted('"12 tommer\t5')).toEqual([['"12 tommer', '5']])
    expect(splitPasted('"a"b\tc')).toEqual([['"a"b', 'c']])
  })

  it('reads a single value as one cell', () => {
    expect(splitPasted('1 234,5')).toEqual([['1 234,5']])
  })

  const plainCell = fc.string({ unit: fc.constantFrom('a', '1', ' ', ',', '−', 'k', 'r') })
  test.prop(
    [fc.array(fc.array(plainCell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 })],
    propertyRuns(200),
  )('gives back the rows of any tab-separated block without quotes', (rows) => {
    // A last row of one empty cell is the line break at the end, as spreadsheets write it.
    const text = rows.map((cells) => cells.join('\t')).join('\r\n')
    const expected =
      rows.at(-1)?.join('') === '' && rows.at(-1)?.length === 1 ? rows.slice(0, -1) : rows
    expect(splitPasted(text)).toEqual(expected)
  })
})

describe('quotes inside a pasted block', () => {
  it('keeps a quote inside a cell as text', () => {
    expect(splitPasted('12"\t5\r\nsa "hei"')).toEqual([['12"', '5'], ['sa "hei"']])
  })

  it('ends a quoted cell at the end of a row, whatever the line break', () => {
    expect(splitPasted('"a"\r\n"b"\n"c"\r"d"')).toEqual([['a'], ['b'], ['c'], ['d']])
  })
})
