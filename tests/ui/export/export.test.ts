import { unzipSync, strFromU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { uiNb } from '../../../src/i18n/ui.nb'
import { modelFiles } from '../../../src/state/bundledFiles'
import { figuresOf, scenarioFigures } from '../../../src/state/scenarioFigures'
import { comparisonRows } from '../../../src/ui/compare/comparisonRows'
import { comparisonExport } from '../../../src/ui/export/comparisonExport'
import { toCsv } from '../../../src/ui/export/csv'
import { fileName } from '../../../src/ui/export/download'
import { amount, share, text } from '../../../src/ui/export/exportTable'
import { table51Export } from '../../../src/ui/export/table51Export'
import { toXlsx } from '../../../src/ui/export/xlsx'
import { scenarioOf } from '../../builders/scenario'

const loaded = modelFiles.find((e) => e.name === 'vestvagoy-2014.json')?.load
if (!loaded?.ok) throw new Error('no model')
const model = loaded.model
const recommended = model.packages?.[0]?.measures ?? []
const withB2 = [...recommended.filter((id) => id !== 'B1'), 'B2']
const DATE = new Date(2026, 10, 24, 23, 30)
const NINETY = { 'D.groupHomes.refundRate': '0.9' }

const lines = (csv: string) => csv.slice(1).split('\r\n')

async function sheetOf(blob: Blob) {
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()))
  return {
    sheet: strFromU8(files['xl/worksheets/sheet1.xml']!),
    strings: strFromU8(files['xl/sharedStrings.xml'] ?? new Uint8Array()),
    styles: strFromU8(files['xl/styles.xml']!),
  }
}

describe('CSV for Norwegian Excel', () => {
  const csv = toCsv({
    name: 'Test',
    about: [[text('Scenario'), text('=1+1')]],
    header: ['Nr.', 'Navn', 'Beløp', 'Andel (%)'],
    rows: [
      [
        text('A'),
        text('=HYPERLINK("http://x")'),
        amount('-6700000.5'),
        share('0.1206896551724137931'),
      ],
      [text('B'), text('-2 årsverk; «sitat» "her"'), amount('350000'), share('0.111111111111')],
      [text('C'), text('@SUM(A1)\nlinje 2'), amount('0'), share('1')],
    ],
  })

  it('starts with a byte-order mark and uses semicolons, decimal commas and CRLF', () => {
    expect(Array.from(new TextEncoder().encode(csv).slice(0, 3))).toEqual([0xef, 0xbb, 0xbf])
    expect(lines(csv).slice(0, 3)).toEqual(["Scenario;'=1+1", '', 'Nr.;Navn;Beløp;Andel (%)'])
    expect(csv).toContain(';-6700000,5;')
    expect(csv.endsWith('\r\n')).toBe(true)
  })

  it('keeps text that looks like a formula from running, but leaves negative numbers alone', () => {
    expect(lines(csv)[3]).toBe(`A;"'=HYPERLINK(""http://x"")";-6700000,5;12,1`)
    expect(lines(csv)[4]).toBe(`B;"'-2 årsverk; «sitat» ""her""";350000;11,1`)
    expect(csv).toContain(`C;"'@SUM(A1)\nlinje 2";0;100\r\n`)
  })

  it('names files after the scenario and the day', () => {
    expect(fileName('Arbeidsgruppas forslag 2026-11-24', 'csv')).toBe(
      'arbeidsgruppas-forslag-2026-11-24.csv',
    )
    expect(fileName('Refusjon 90 % på D 2026-11-24', 'xlsx')).toBe(
      'refusjon-90-pa-d-2026-11-24.xlsx',
    )
  })
})

describe('the table 5.1 download', () => {
  const figures = figuresOf(model, recommended, NINETY)
  const table = table51Export({
    model,
    evaluation: figures.evaluation,
    bases: figures.bases,
    changed: figures.changed,
    name: 'Refusjon 90 %',
    date: DATE,
    t: uiNb,
    lang: 'nb',
  })
  const csv = toCsv(table)

  it('says first what the figures are: scenario, model and version, date, plan years, unit, changed inputs', () => {
    expect(lines(csv).slice(0, 9)).toEqual([
      'Scenario;Refusjon 90 %',
      'Modell;Vestvågøy kommune: Sosial- og flyktningtjenesten 2014, versjon 2014.1',
      'Dato;2026-11-24',
      'Planår;2015–2018',
      'Beløp i;kr',
      'Endrede antakelser;Tiltak;Antakelse;Modellfilen;Brukt;Enhet',
      ';D;Refusjonssats;80;90;%',
      '',
      'Nr.;Beskrivelse;Konsekvens brukere;Konsekvens medarbeidere;Konsekvens økonomi per år (kr);Merknad i rapporten;Endrede antakelser',
    ])
  })

  it('is the table on screen: the chosen measures only, with the sum, the target and the gap', () => {
    const body = lines(csv).slice(9, -1)
    expect(body.map((line) => line.split(';')[0])).toEqual([
      ...model.measures.filter((m) => recommended.includes(m.id)).map((m) => m.id),
      '',
      '',
      '',
      '',
    ])
    expect(body.slice(-4)).toEqual([
      ';Sum endring økonomi;;;-6200000',
      ';Varig endring (når tidsbegrensede tiltak er over);;;-5800000',
      ';Mål for varig endring;;;-6500000',
      ';Mangler til målet (varig);;;700000',
    ])
  })

  it('says beside the changed measure what the report’s figure rests on, and what it is now', () => {
    const row = lines(csv).find((line) => line.startsWith('D;'))
    expect(row).toBe(
      'D;Slå sammen bokollektiv enslige mindreårige;Samme omsorgstilbud;Forsvarlig bemanning;-500000;Red 5 åv, red refusjon;' +
        '"Refusjonssats 90 % (modellfilen: 80 %). Rapportens tall (en innsparing på 1,00 mill. kr) bygger på modellfilens antakelser; med den endrede antakelsen blir det en innsparing på 0,50 mill. kr."',
    )
    expect(csv).not.toMatch(/[\u00a0\u202f\u2212]/)
  })

  it('says so when no input is changed', () => {
    const plain = figuresOf(model, recommended, {})
    const about = table51Export({
      model,
      evaluation: plain.evaluation,
      bases: plain.bases,
      changed: plain.changed,
      name: 'Anbefaling',
      date: DATE,
      t: uiNb,
      lang: 'nb',
    }).about
    expect(toCsv({ ...table, about, rows: [] })).toContain(
      'Endrede antakelser;Ingen. Alle tall bygger på modellfilens antakelser.\r\n',
    )
  })

  it('writes a workbook whose figures, inputs and date are numeric cells', async () => {
    const { sheet, strings } = await sheetOf(await toXlsx([table]))
    expect(strings).toContain('Refusjon 90 %')
    expect(strings).toContain('Refusjonssats')
    // the date as a serial number (24 November 2026), the inputs as 80 and 90, D as −500 000 kr
    expect(sheet).toMatch(/<c r="B3"[^>]*><v>46350<\/v><\/c>/)
    expect(sheet).toMatch(/<c r="D7"[^>]*><v>80<\/v><\/c>/)
    expect(sheet).toMatch(/<c r="E7"[^>]*><v>90<\/v><\/c>/)
    expect(sheet).toMatch(/<v>-500000<\/v>/)
  })
})

describe('the comparison of scenarios', () => {
  const ninety = scenarioOf({ name: 'Refusjon 90 %', selection: recommended, overrides: NINETY })
  const file = scenarioOf({ name: 'Modellfilen', selection: recommended, overrides: {} })
  const both = scenarioOf({ name: 'B1 og B2', selection: [...recommended, 'B2'], overrides: {} })
  const rows = comparisonRows(
    model,
    [ninety, file, both].map((s) => scenarioFigures(model, s)),
    uiNb,
  )
  const row = (key: string) => rows.find((r) => r.key === key)
  const statuses = (key: string) => {
    const found = row(key)
    return found?.kind === 'measure' ? found.values.map((v) => v.status) : []
  }

  it('marks the rows where the scenarios differ, also a measure counted in each with other inputs', () => {
    expect(row('saving-2015')).toMatchObject({ differs: true })
    expect(row('measure-A')).toMatchObject({ differs: false })
    expect(row('measure-D')).toMatchObject({ differs: true })
    expect(row('measure-D')?.values).toMatchObject([
      {
        status: 'counted',
        changed: [{ key: 'D.groupHomes.refundRate', file: '0.8', used: '0.9' }],
      },
      { status: 'counted', changed: [] },
      { status: 'counted', changed: [] },
    ])
  })

  it('says a measure a rule leaves out is not counted, never that it is chosen or not', () => {
    expect(statuses('measure-B1')).toEqual(['counted', 'counted', 'leftOut'])
    expect(statuses('measure-B2')).toEqual(['notChosen', 'notChosen', 'leftOut'])
  })

  it('exports shares as per cent and names the unit of every amount', () => {
    const csv = toCsv(
      comparisonExport({
        model,
        rows,
        names: ['Refusjon 90 %', 'Modellfilen', 'B1 og B2'],
        date: DATE,
        t: uiNb,
        lang: 'nb',
      }),
    )
    expect(lines(csv).slice(0, 7)).toEqual([
      'Scenarier;Refusjon 90 %;Modellfilen;B1 og B2',
      'Modell;Vestvågøy kommune: Sosial- og flyktningtjenesten 2014, versjon 2014.1',
      'Dato;2026-11-24',
      'Planår;2015–2018',
      'Beløp i;kr',
      '',
      'Nøkkeltall;Refusjon 90 %;Modellfilen;B1 og B2',
    ])
    expect(csv).toContain('\r\nInnsparing 2015 (kr);6200000;6700000;')
    expect(csv).toContain('\r\nVarig innsparing (kr);5800000;6300000;')
    expect(csv).toContain('\r\nAndel på usikre anslag (varig) (%);12,1;11,1;')
    expect(csv).toContain('\r\nEndring i årsverk (varig);-7,2;-7,2;')
    expect(csv).toContain(
      '\r\nD Slå sammen bokollektiv enslige mindreårige;ja – Refusjonssats 90 % (modellfilen: 80 %);ja;ja\r\n',
    )
    expect(csv).toContain(
      '\r\nB2 Reduksjon bemanning flyktning (3,0 åv);nei;nei;ikke regnet med\r\n',
    )
  })

  it('exports to a workbook with numeric cells that reads back', async () => {
    const table = comparisonExport({
      model,
      rows: comparisonRows(
        model,
        [figuresOf(model, recommended, {}), figuresOf(model, withB2, {})],
        uiNb,
      ),
      names: ['Anbefaling', 'Med B2 <script>'],
      date: DATE,
      t: uiNb,
      lang: 'nb',
    })
    const { sheet, strings } = await sheetOf(await toXlsx([table]))
    expect(strings).toContain('Med B2 &lt;script&gt;')
    expect(strings).toContain('Innsparing 2015 (kr)')
    // 6 700 000 and 7 000 000 kr as numbers, not text, below the six rows about the figures
    expect(sheet).toMatch(/<c r="B8"[^>]*><v>6700000<\/v><\/c>/)
    expect(sheet).toMatch(/<c r="C8"[^>]*><v>7000000<\/v><\/c>/)
  })
})
