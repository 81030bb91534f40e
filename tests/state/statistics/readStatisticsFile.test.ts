import { describe, expect, it } from 'vitest'
import { readStatisticsFile } from '../../../src/state/statistics/readStatisticsFile'
import { cellKey, type StatisticsTable } from '../../../src/state/statistics/statisticsTable'
import { BRUTTO, fixtureBytes, NETTO, utf8, valuesOf } from './fixtures'

const FIXTURES = ['kostra-12362.json', 'kostra-12362-wide.csv', 'kostra-12362-long.csv']

async function tableOf(bytes: Uint8Array): Promise<StatisticsTable> {
  const read = await readStatisticsFile(bytes)
  if (!read.ok) throw new Error(`Not read: ${JSON.stringify(read.problem)}`)
  return read.table
}

const cell = (table: StatisticsTable, m: string, f: string, y: number, label: string) =>
  table.cells.get(cellKey(m, f, y, table.variables.find((v) => v.label === label)?.id ?? ''))

describe('reading a table of KOSTRA accounts downloaded from Statistikkbanken', () => {
  it.each(FIXTURES)('%s gives the municipalities, functions, years and variables', async (name) => {
    const table = await tableOf(fixtureBytes(name))
    expect(table.municipalities).toEqual([
      { code: '1860', name: 'Vestvågøy' },
      { code: '1865', name: 'Vågan' },
    ])
    // The group FGK12 «Sosialsektoren samlet» is not a function an account line can have.
    expect(table.functions.map((f) => f.code)).toEqual(['242', '243', '273', '276', '281', '283'])
    expect(table.functions[0]?.name).toBe('Råd, veiledning og sosialt forebyggende arbeid')
    expect(table.years).toEqual([2022, 2023, 2024, 2025])
    expect(table.variables.map(({ label, scale, side }) => ({ label, scale, side }))).toEqual([
      { label: BRUTTO, scale: 1000, side: 'expenditure' },
      { label: NETTO, scale: 1000, side: 'net' },
    ])
  })

  it.each(FIXTURES)('%s gives each value as published, and SSB’s «..» as missing', async (name) => {
    const table = await tableOf(fixtureBytes(name))
    expect(table.cells.size).toBe(2 * 6 * 4 * 2)
    expect(cell(table, '1860', '242', 2022, BRUTTO)).toEqual({ value: '8959' })
    expect(cell(table, '1860', '242', 2025, NETTO)).toEqual({ value: '8449' })
    expect(cell(table, '1860', '281', 2024, NETTO)).toEqual({ value: '14651' })
    expect(cell(table, '1865', '283', 2024, NETTO)).toEqual({ value: '672' })
    expect(cell(table, '1865', '283', 2025, NETTO)).toEqual({ missing: '..' })
  })

  it('gives the same values from the JSON-stat file and both CSV layouts', async () => {
    const [json, wide, long] = await Promise.all(
      FIXTURES.map(async (name) => valuesOf(await tableOf(fixtureBytes(name)))),
    )
    expect(wide).toEqual(json)
    expect(long).toEqual(json)
  })

  it('reads the title of a CSV export and of a JSON-stat dataset', async () => {
    for (const name of ['kostra-12362.json', 'kostra-12362-wide.csv']) {
      const table = await tableOf(fixtureBytes(name))
      expect(table.title).toMatch(/^12362: Utgifter til tjenesteområdene/)
    }
  })

  it.each([
    ['a decimal comma', '1234,5', { value: '1234.5' }],
    ['a negative amount', '-1234', { value: '-1234' }],
    ['spaces grouping digits', '12 345', { value: '12345' }],
    ['SSB’s nil', '-', { value: '0' }],
    ['not applicable', '.', { missing: '.' }],
    ['confidential', ':', { missing: ':' }],
    ['an empty cell', '', { missing: '' }],
  ])('reads %s in a CSV cell', async (_, text, expected) => {
    const csv = `"region";"funksjon";"Beløp (1000 kr) 2024"\n"1860 Vestvågøy";"242 Råd";${text}\n`
    const table = await tableOf(utf8(csv))
    expect(cell(table, '1860', '242', 2024, 'Beløp (1000 kr)')).toEqual(expected)
  })

  it('reads a CSV downloaded with text only for the region, and with Windows line ends', async () => {
    const csv =
      '"region";"funksjon";"år";"Netto driftsutgifter (1000 kr)"\r\n"Vågan";"281 Ytelse til livsopphold";"2023";5210\r\n'
    const table = await tableOf(utf8(csv))
    expect(table.municipalities).toEqual([{ code: 'Vågan', name: 'Vågan' }])
    expect(valuesOf(table)).toEqual([
      ['Vågan', '281', 2023, 'Netto driftsutgifter (1000 kr)', { value: '5210' }],
    ])
    expect(table.variables[0]).toMatchObject({ scale: 1000, side: 'net' })
  })

  it('reads a variable in kroner at scale 1 and one of income on the income side', async () => {
    const csv =
      '"region";"funksjon";"art";"Beløp (kr) 2024"\n"1860 X";"242 Råd";"AGD34 Brutto driftsinntekter";500\n'
    const table = await tableOf(utf8(csv))
    expect(table.variables[0]).toMatchObject({ scale: 1, side: 'income' })
  })
})

describe('which files are read at all', () => {
  it('refuses a file larger than any table of accounts, saying how large', async () => {
    const read = await readStatisticsFile(new Uint8Array(20_000_001).fill(0x20))
    expect(read).toEqual({ ok: false, problem: { code: 'tooLarge', megabytes: 21, limit: 20 } })
    const atLimit = await readStatisticsFile(new Uint8Array(20_000_000).fill(0x20))
    expect(atLimit).toEqual({ ok: false, problem: { code: 'empty' } })
  })

  it('reads text that begins as JSON after blank lines as JSON', async () => {
    expect(await readStatisticsFile(utf8('\n  {"class": '))).toEqual({
      ok: false,
      problem: { code: 'notJson' },
    })
    expect(await readStatisticsFile(utf8(' [1]'))).toEqual({
      ok: false,
      problem: { code: 'notJsonStat' },
    })
  })
})
