import { describe, expect, it } from 'vitest'
import { csvRows } from '../../../src/state/statistics/csvRows'

const fieldsOf = (text: string) => {
  const read = csvRows(text)
  if (!read.ok) throw new Error(`quote open from line ${read.unclosedQuoteLine}`)
  return read.rows
}

describe('splitting a semicolon CSV into rows', () => {
  it('reads fields and the line each row starts on, with any line ends', () => {
    expect(fieldsOf('a;b\r\nc;d\re;f\ng;h')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['c', 'd'] },
      { line: 3, fields: ['e', 'f'] },
      { line: 4, fields: ['g', 'h'] },
    ])
  })

  it('skips a byte-order mark and rows of empty fields, counting their lines', () => {
    expect(fieldsOf('\ufeff"Tittel"\n\n;;\n a ;\n')).toEqual([
      { line: 1, fields: ['Tittel'] },
      { line: 4, fields: [' a ', ''] },
    ])
  })

  it('reads quoted fields with semicolons, doubled quotes and line breaks', () => {
    expect(fieldsOf('"a;b";"sa ""hei""";"linje 1\nlinje 2"\n"neste";x')).toEqual([
      { line: 1, fields: ['a;b', 'sa "hei"', 'linje 1\nlinje 2'] },
      { line: 3, fields: ['neste', 'x'] },
    ])
  })

  it('says on which line a quote that never closes began', () => {
    expect(csvRows('a;"b\nc"\n"d";"e\n\nf')).toEqual({ ok: false, unclosedQuoteLine: 3 })
    expect(csvRows('"a\n\nb')).toEqual({ ok: false, unclosedQuoteLine: 1 })
  })

  it('reads another delimiter when told', () => {
    expect(fieldsOf('a,b;c')).toEqual([{ line: 1, fields: ['a,b', 'c'] }])
    expect(csvRows('a,b;c', ',')).toEqual({
      ok: true,
      rows: [{ line: 1, fields: ['a', 'b;c'] }],
    })
  })

  it('reads nothing from an empty text', () => {
    expect(csvRows('')).toEqual({ ok: true, rows: [] })
  })
})
