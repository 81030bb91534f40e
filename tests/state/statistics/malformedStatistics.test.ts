import { describe, expect, it } from 'vitest'
import { statisticsProblemText } from '../../../src/i18n/model/statistics'
import { readStatisticsFile } from '../../../src/state/statistics/readStatisticsFile'
import { fixtureText, utf8 } from './fixtures'

type Json = Record<string, unknown>

/** The message a file gets, in Norwegian; fails the test if the file is read. */
async function refusal(bytes: Uint8Array): Promise<string> {
  const read = await readStatisticsFile(bytes)
  if (read.ok) throw new Error('The file was read')
  return statisticsProblemText(read.problem, 'nb')
}

/** The JSON-stat fixture changed by `change`, as file bytes. */
const jsonStat = (change: (dataset: Json & { dimension: Json; value: unknown[] }) => void) => {
  const dataset = JSON.parse(fixtureText('kostra-12362.json')) as Json & {
    dimension: Json
    value: unknown[]
  }
  change(dataset)
  return utf8(JSON.stringify(dataset))
}

const HEADER = '"region";"funksjon";"art";"Beløp (1000 kr) 2024";"Beløp (1000 kr) 2025"'
const ROW = '"1860 Vestvågøy";"242 Råd";"AGD2 Netto driftsutgifter"'
const csv = (...lines: string[]) => utf8(lines.join('\n'))

describe('a statistics file that cannot be read is refused in words, saying where', () => {
  it.each([
    ['an empty file', utf8(''), 'Filen er tom.'],
    ['a file of blank lines', utf8('\n \r\n'), 'Filen er tom.'],
    [
      'Windows-1252 bytes',
      new Uint8Array([...utf8(`${HEADER}\n"1860 Vestv`), 0xe5, ...utf8('gøy";"242 Råd";"x";1;2')]),
      'Filen er ikke lagret som UTF-8 (linje 2, kolonne 12).',
    ],
    [
      'UTF-8 read as Windows-1252 and saved again',
      csv(HEADER, '"1860 VestvÃ¥gÃ¸y";"242 RÃ¥d";"x";1;2'),
      'Teksten ser feilkodet ut på linje 2 («Ã¥»',
    ],
    [
      'a replacement character',
      csv(HEADER, `"1860 Vestv\ufffdg";"242";"x";1;2`),
      'linje 2 («\ufffd»',
    ],
  ])('%s', async (_, bytes, message) => {
    expect(await refusal(bytes)).toContain(message)
  })
})

describe('a JSON file that is not a JSON-stat 2 dataset of accounts', () => {
  it.each([
    [
      'broken JSON',
      utf8('{"class": "dataset",'),
      'Filen ser ut som JSON, men er ikke gyldig JSON.',
    ],
    ['other JSON', utf8('{"scenario": 1}'), 'Filen er JSON, men ikke et JSON-stat 2-datasett.'],
    ['a JSON list', utf8('[1, 2]'), 'Filen er JSON, men ikke et JSON-stat 2-datasett.'],
    [
      'a collection',
      utf8('{"class": "collection", "link": {}}'),
      'Filen er en samling av flere JSON-stat-datasett.',
    ],
    [
      'id and size of different lengths',
      jsonStat((d) => (d.size = [2, 7, 2, 1])),
      'Filen er JSON, men ikke et JSON-stat 2-datasett.',
    ],
    [
      'a dimension named but missing',
      jsonStat((d) => delete d.dimension.KOKart0000),
      'Dimensjonen «KOKart0000» er nevnt i filen, men mangler eller har ingen kategorier.',
    ],
    [
      'a size that does not match the categories',
      jsonStat((d) => (d.size = [2, 6, 2, 1, 4])),
      'Dimensjonen «KOKfunksjon0000» skal ha 6 kategorier etter «size», men har 7.',
    ],
    [
      'a value too few',
      jsonStat((d) => d.value.pop()),
      'Tabellen skal ha 112 verdier etter dimensjonene, men har 111.',
    ],
    [
      'a value that is text',
      jsonStat((d) => (d.value[0] = '8959')),
      'Verdien for Vestvågøy, 242 Råd, veiledning og sosialt forebyggende arbeid, 2022, Brutto driftsutgifter på funksjon/tjenesteområde, Beløp (1000 kr) er ikke et tall: «"8959"».',
    ],
    [
      'a value with more digits than a JSON number keeps',
      jsonStat((d) => (d.value[0] = 0.1 + 0.2)),
      '(0.30000000000000004) har flere sifre enn filen kan gi nøyaktig.',
    ],
    [
      'no function dimension',
      jsonStat((d) => {
        d.id = ['KOKkommuneregion0000', 'Tjeneste', 'KOKart0000', 'ContentsCode', 'Tid']
        d.dimension.Tjeneste = { ...(d.dimension.KOKfunksjon0000 as Json), label: 'tjeneste' }
      }),
      'Tabellen har ingen dimensjon for funksjon.',
    ],
    [
      'a time that is not a year',
      jsonStat((d) => {
        d.dimension.Tid = {
          label: 'kvartal',
          category: { index: { '2024K1': 0, '2024K2': 1, '2024K3': 2, '2024K4': 3 } },
        }
      }),
      '«2024K1» er ikke et årstall.',
    ],
    [
      'shares rather than amounts',
      jsonStat((d) => {
        d.dimension.ContentsCode = {
          label: 'statistikkvariabel',
          category: {
            index: { KOSandel3501: 0 },
            label: { KOSandel3501: 'Andel av totale utgifter (prosent)' },
            unit: { KOSandel3501: { base: 'prosent', decimals: 1 } },
          },
        }
      }),
      'Ingen statistikkvariabel i tabellen er i 1000 kr eller kroner (fant Brutto driftsutgifter på funksjon/tjenesteområde, Andel av totale utgifter (prosent); Netto',
    ],
  ])('%s', async (_, bytes, message) => {
    expect(await refusal(bytes)).toContain(message)
  })
})

describe('a CSV file that is not Statistikkbanken’s semicolon CSV of accounts', () => {
  it.each([
    [
      'separated by commas',
      csv('"region","funksjon","år","value"', '"1860 X","242 Råd","2024",1'),
      'Linje 1 er skilt med komma, ikke semikolon.',
    ],
    [
      'separated by tabs, after a title',
      csv(
        '"12362: Utgifter, etter region og funksjon"',
        '',
        'region\tfunksjon\t2024',
        '1860\t242\t1',
      ),
      'Linje 3 er skilt med tabulator, ikke semikolon.',
    ],
    ['without the header', csv('"a";"b";"c"', '1;2;3'), 'Fant ingen overskriftslinje'],
    [
      'without years',
      csv('"region";"funksjon";"Beløp (1000 kr)"', '"1860 X";"242 Råd";1'),
      'Tabellen har ingen dimensjon for år.',
    ],
    [
      'a quote never closed',
      csv(HEADER, `${ROW};1;2`, '"1860 Vestvågøy;"243 Rus";"x";1;2'),
      'Et anførselstegn som begynner på linje 3, lukkes aldri.',
    ],
    ['a field missing', csv(HEADER, `${ROW};1`), 'Linje 2 har 4 felt; overskriften har 5.'],
    [
      'a value that is not a number',
      csv(HEADER, `${ROW};1;2`, `"1860 Vestvågøy";"243 Rus";"AGD2 Netto";12x;2`),
      'Linje 3, kolonne 4 («Beløp (1000 kr) 2024»): «12x» er ikke et tall.',
    ],
    [
      'a value with a point that may group thousands',
      csv(HEADER, `${ROW};1.234;2`),
      'Linje 2, kolonne 4 («Beløp (1000 kr) 2024»): «1.234» er ikke et tall.',
    ],
    [
      'a year that is not one',
      csv('"region";"funksjon";"år";"Beløp (1000 kr)"', '"1860 X";"242 Råd";"2024K1";5'),
      '«2024K1» er ikke et årstall (linje 2, kolonne 3).',
    ],
    [
      'the same value twice',
      csv(HEADER, `${ROW};1;2`, `${ROW};1;2`),
      'Linje 3 gir en verdi som linje 2 alt har gitt',
    ],
    [
      'groups of functions only',
      csv(HEADER, '"1860 X";"FGK12 Sosialsektoren samlet";"AGD2 Netto";1;2'),
      'Tabellen har ingen KOSTRA-funksjon med tresifret kode',
    ],
    [
      'amounts per inhabitant only',
      csv('"region";"funksjon";"Kroner per innbygger 2024"', '"1860 X";"242 Råd";1300'),
      'Ingen statistikkvariabel i tabellen er i 1000 kr eller kroner (fant Kroner per innbygger)',
    ],
    ['a header and nothing else', csv(HEADER), 'Tabellen har ingen verdier.'],
  ])('%s', async (_, bytes, message) => {
    expect(await refusal(bytes)).toContain(message)
  })
})
