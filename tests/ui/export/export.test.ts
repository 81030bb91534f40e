import { unzipSync, strFromU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { uiNb } from '../../../src/i18n/ui.nb'
import { evaluate } from '../../../src/model/engine/evaluate'
import { modelFiles } from '../../../src/state/bundledFiles'
import { comparisonRows } from '../../../src/ui/compare/comparisonRows'
import { comparisonExport } from '../../../src/ui/export/comparisonExport'
import { toCsv } from '../../../src/ui/export/csv'
import { amount, text } from '../../../src/ui/export/exportTable'
import { measureExport } from '../../../src/ui/export/measureExport'
import { toXlsx } from '../../../src/ui/export/xlsx'

const loaded = modelFiles.find((e) => e.name === 'vestvagoy-2014.json')?.load
if (!loaded?.ok) throw new Error('no model')
const model = loaded.model
const recommended = model.packages?.[0]?.measures ?? []
const withB2 = [...recommended.filter((id) => id !== 'B1'), 'B2']

describe('CSV for Norwegian Excel', () => {
  const csv = toCsv({
    name: 'Test',
    header: ['Nr.', 'Navn', 'Beløp'],
    rows: [
      [text('A'), text('=HYPERLINK("http://x")'), amount('-6700000.5')],
      [text('B'), text('-2 årsverk; «sitat» "her"'), amount('350000')],
      [text('C'), text('@SUM(A1)\nlinje 2'), amount('0')],
    ],
  })

  it('starts with a byte-order mark and uses semicolons, decimal commas and CRLF', () => {
    expect(Array.from(new TextEncoder().encode(csv).slice(0, 3))).toEqual([0xef, 0xbb, 0xbf])
    expect(csv.slice(1).split('\r\n')[0]).toBe('Nr.;Navn;Beløp')
    expect(csv).toContain(';-6700000,5\r\n')
    expect(csv.endsWith('\r\n')).toBe(true)
  })

  it('keeps text that looks like a formula from running, but leaves negative numbers alone', () => {
    const lines = csv.slice(1).split('\r\n')
    expect(lines[1]).toBe(`A;"'=HYPERLINK(""http://x"")";-6700000,5`)
    expect(lines[2]).toBe(`B;"'-2 årsverk; «sitat» ""her""";350000`)
    expect(csv).toContain(`C;"'@SUM(A1)\nlinje 2";0`)
  })

  it('writes no display characters: no no-break space, no true minus sign', () => {
    const effects = new Map(
      evaluate(
        model,
        model.measures.map((m) => m.id),
      ).measures.map((m) => [m.id, m]),
    )
    const table = toCsv(measureExport(model, effects, recommended, uiNb))
    expect(table).not.toMatch(/[\u00a0\u202f\u2212]/)
    expect(table).toContain(
      'D;Slå sammen bokollektiv enslige mindreårige;Bokollektiv for enslige mindreårige;Anbefalt;ja;-1000000;-1000000;-1000000;-1000000;-1000000;-5;',
    )
  })
})

describe('the comparison of scenarios', () => {
  const rows = comparisonRows(model, [evaluate(model, recommended), evaluate(model, withB2)], uiNb)

  it('marks the rows where the scenarios differ', () => {
    const row = (key: string) => rows.find((r) => r.key === key)
    expect(row('saving-2015')).toMatchObject({ differs: true })
    expect(row('measure-A')).toMatchObject({ values: [true, true], differs: false })
    expect(row('measure-B2')).toMatchObject({ values: [false, true], differs: true })
    expect(row('lasting')?.values.map((v) => String(v))).toEqual(['6300000', '6600000'])
  })

  it('exports to a workbook with numeric cells that reads back', async () => {
    const table = comparisonExport(rows, ['Anbefaling', 'Med B2 <script>'], uiNb)
    const blob = await toXlsx([table])
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()))
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!)
    const strings = strFromU8(files['xl/sharedStrings.xml'] ?? new Uint8Array())
    expect(strings).toContain('Med B2 &lt;script&gt;')
    expect(strings).toContain('Innsparing 2015')
    // 6 700 000 and 7 000 000 kr as numbers, not text
    expect(sheet).toMatch(/<c r="B2"[^>]*><v>6700000<\/v><\/c>/)
    expect(sheet).toMatch(/<c r="C2"[^>]*><v>7000000<\/v><\/c>/)
  })
})
