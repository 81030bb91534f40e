import { describe, expect, it } from 'vitest'
import { readSsbCsv } from '../../../src/state/statistics/readSsbCsv'
import { valuesOf } from './fixtures'

const lines = (...rows: string[]) => rows.join('\n')

function read(text: string) {
  const result = readSsbCsv(text)
  if (!result.ok) throw new Error(JSON.stringify(result.problem))
  return result.table
}

describe('reading Statistikkbanken’s CSV', () => {
  it('reads the title before the header, and none when there is none', () => {
    const header = '"region";"funksjon";"Beløp (1000 kr) 2024"'
    const row = '"1860 X";"242 Råd";1'
    expect(read(lines(' "Tabell 1" ', '', header, row)).title).toBe('Tabell 1')
    expect(read(lines(header, row)).title).toBe('')
  })

  it('names a wide layout’s variable by its heading without the year, wherever the year is', () => {
    const table = read(
      lines(
        '"region";"funksjon";"2024 Netto (1000 kr)";"Netto (1000 kr) 2025"',
        '"1860 X";"242 Råd";1;2',
      ),
    )
    expect(valuesOf(table)).toEqual([
      ['1860', '242', 2024, 'Netto (1000 kr)', { value: '1' }],
      ['1860', '242', 2025, 'Netto (1000 kr)', { value: '2' }],
    ])
  })

  it('takes a wide column’s words and the variable columns’ names together', () => {
    const table = read(
      lines(
        '"Utgifter (1000 kr)"',
        '"region";"art";"funksjon";"Beløp 2024"',
        '"1860 X";"AGD2 Netto";"242 Råd";1',
      ),
    )
    expect(valuesOf(table)).toEqual([['1860', '242', 2024, 'Netto, Beløp', { value: '1' }]])
    expect(table.variables[0]).toMatchObject({ scale: 1000, side: 'net' })
  })

  it('reads a long layout’s value column, naming the variable by the other columns', () => {
    const table = read(
      lines(
        '"region";"funksjon";"art";"år";"statistikkvariabel";"12362: Utgifter"',
        '"1860 X";"242 Råd";"AGD2 Netto";"2024";"Beløp (1000 kr)";5',
        '"1860 X";"242 Råd";"";"2025";"Beløp (1000 kr)";6',
      ),
    )
    expect(valuesOf(table)).toEqual([
      ['1860', '242', 2024, 'Netto, Beløp (1000 kr)', { value: '5' }],
      ['1860', '242', 2025, 'Beløp (1000 kr)', { value: '6' }],
    ])
  })

  it('names a long layout’s variable by the value column’s heading when nothing else does', () => {
    const table = read(lines('"region";"funksjon";"år";"Beløp (kr)"', '"1860 X";"242 Råd";2024;5'))
    expect(table.variables).toEqual([
      { id: 'Beløp (kr)', label: 'Beløp (kr)', scale: 1, side: 'net' },
    ])
  })

  it('skips groups of functions, and a footnote after the data', () => {
    const table = read(
      lines(
        '"region";"funksjon";"Beløp (1000 kr) 2024"',
        '"1860 X";"FGK12 Samlet";9',
        '"1860 X";"242 Råd";1',
        '',
        '"Kilde: Statistisk sentralbyrå"',
      ),
    )
    expect(valuesOf(table)).toEqual([['1860', '242', 2024, 'Beløp (1000 kr)', { value: '1' }]])
  })

  it.each([
    ['the year', '"region";"funksjon";"Beløp (kr)";"år"'],
    ['the region', '"funksjon";"år";"Beløp (kr)";"region"'],
    ['the function', '"region";"år";"Beløp (kr)";"funksjon"'],
  ])('finds no header in a long layout whose last column is %s', (_, header) => {
    expect(readSsbCsv(lines(header, '"1860 X";"242 Råd";"1";"2024"'))).toEqual({
      ok: false,
      problem: { code: 'noHeader' },
    })
  })

  it('looks for the header in the first 20 lines only', () => {
    const title = Array.from({ length: 20 }, (_, i) => `"Linje ${i + 1}"`)
    const text = lines(...title, '"region";"funksjon";"Beløp (kr) 2024"', '"1860 X";"242 Råd";1')
    expect(readSsbCsv(text)).toEqual({ ok: false, problem: { code: 'noHeader' } })
    expect(readSsbCsv(lines(...title.slice(1), text.split('\n').slice(20).join('\n'))).ok).toBe(
      true,
    )
  })

  it('tells a table without KOSTRA functions from one without values, a footnote being none', () => {
    const header = '"region";"funksjon";"Beløp (kr) 2024"'
    expect(readSsbCsv(lines(header, '"1860 X";"FGK12 Samlet";1'))).toEqual({
      ok: false,
      problem: { code: 'noKostraFunctions' },
    })
    expect(readSsbCsv(lines(header, '"Fotnote"'))).toEqual({
      ok: false,
      problem: { code: 'noValues' },
    })
  })

  it('says where a line has another number of fields than the header', () => {
    expect(
      readSsbCsv(lines('"region";"funksjon";"Beløp (kr) 2024"', '"1860 X";"242 Råd";1;2')),
    ).toEqual({ ok: false, problem: { code: 'fieldCount', line: 2, expected: 3, found: 4 } })
  })

  it('says which line gave a value first when it comes twice', () => {
    const header = '"region";"funksjon";"Beløp (kr) 2024"'
    const row = '"1860 X";"242 Råd";1'
    expect(readSsbCsv(lines(header, row, '"1860 X";"243 Rus";1', row))).toEqual({
      ok: false,
      problem: { code: 'duplicateValue', line: 4, first: 2 },
    })
  })

  it('says a semicolon file is not separated otherwise when a later line has commas', () => {
    const text = lines('"region";"funksjon";"Beløp (kr) 2024"', '"1860 X";"242 Råd, veiledning";1')
    expect(readSsbCsv(text).ok).toBe(true)
  })
})
