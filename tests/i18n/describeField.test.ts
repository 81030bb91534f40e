import { describe, expect, it } from 'vitest'
import {
  describeAssumption,
  describeField,
  describeMeasure,
  pathText,
} from '../../src/i18n/fields/describeField'
import type { Lang } from '../../src/i18n/lang'
import { validateModel } from '../../src/model/load/validateModel'
import type { Path } from '../../src/model/problems'
import { vestvagoyJson, type Json } from '../builders/model'

const model = vestvagoyJson()
const D = 'Slå sammen bokollektiv enslige mindreårige'
const REFUGEE = 'Flyktningenheten, netto driftsutgifter'
const CASE1 = 'Eksempel 1: 2 voksne og 2 barn (3 og 8 år)'

// Every kind of place a model file has, as the checks report them, in both languages.
const shapes: [Path, string, string][] = [
  [[], 'Modellfilen som helhet', 'The model file as a whole'],
  [['format'], 'Formatet', 'The format'],
  [['schemaVersion'], 'Versjonen av filformatet', 'The version of the file format'],
  [['id'], 'Modellens id', "The model's id"],
  [['version'], 'Modellens versjon', "The model's version"],
  [['title'], 'Modellens tittel', "The model's title"],
  [['notes', 1], 'Merknad nr. 2', 'Note no. 2'],
  [['source', 'year'], 'Kilden, året', 'The source, the year'],
  [
    ['municipality', 'number'],
    'Kommunen, kommunenummeret',
    'The municipality, the municipality number',
  ],
  [['baseYear'], 'Basisåret', 'The base year'],
  [['planYears'], 'Planårene', 'The plan years'],
  [['planYears', 2], 'Planår nr. 3', 'Plan year no. 3'],
  [
    ['target', 'annualReduction'],
    'Målet, den årlige innsparingen',
    'The target, the annual saving',
  ],
  [
    ['kostraFunctions', 2, 'code'],
    'KOSTRA-funksjon 242 «Sosial rådgivning og veiledning», funksjonsnummeret',
    'KOSTRA function 242 “Sosial rådgivning og veiledning”, the function number',
  ],
  [['themes', 2, 'id'], 'Temaet «Boliger», id-en', 'The theme “Boliger”, the id'],
  [
    ['units', 0, 'teams', 1, 'staffYears'],
    'Enheten «NAV Vestvågøy, kommunal del», teamet «Sosialkonsulent med fokus på ungdom (SLT)», årsverkene',
    'The unit “NAV Vestvågøy, kommunal del”, the team “Sosialkonsulent med fokus på ungdom (SLT)”, the staff-years',
  ],
  [
    ['units', 1, 'history', '2012'],
    'Enheten «Flyktning- og innvandrerenheten (FIE)», årsverk i 2012',
    'The unit “Flyktning- og innvandrerenheten (FIE)”, staff-years in 2012',
  ],
  [
    ['measures', 3, 'drivers', 0, 'inputs', 'refundRate'],
    `Tiltak D «${D}», refusjonssats`,
    `Measure D “${D}”, refund rate`,
  ],
  [
    ['measures', 15, 'drivers', 1, 'inputs', 'staffYearsChange'],
    'Tiltak B2 «Reduksjon bemanning flyktning (3,0 åv)», beregningen for «Kvalifiseringsteam», endring i årsverk',
    'Measure B2 “Reduksjon bemanning flyktning (3,0 åv)”, the calculation for “Kvalifiseringsteam”, change in staff-years',
  ],
  [
    ['measures', 15, 'drivers', 2, 'function'],
    'Tiltak B2 «Reduksjon bemanning flyktning (3,0 åv)», beregning nr. 3, KOSTRA-funksjonen',
    'Measure B2 “Reduksjon bemanning flyktning (3,0 åv)”, calculation no. 3, the KOSTRA function',
  ],
  [
    ['measures', 3, 'drivers', 0, 'inputs', 'refundRat'],
    `Tiltak D «${D}», antakelsen «refundRat»`,
    `Measure D “${D}”, the assumption “refundRat”`,
  ],
  [
    ['measures', 4, 'timing', 'lastYear'],
    'Tiltak E «Øke bosetting enslige mindreårige», siste år med effekt',
    'Measure E “Øke bosetting enslige mindreårige”, the last year with an effect',
  ],
  [
    ['measures', 0, 'consequences', 'users', 'level'],
    'Tiltak A «Intern omorganisering NAV», konsekvensen for brukerne, nivået',
    'Measure A “Intern omorganisering NAV”, the consequence for users, the level',
  ],
  [
    ['measures', 8, 'householdEffects', 1, 'regime'],
    'Tiltak I «Reduksjon satser sosialhjelp», husholdningsvirkning nr. 2, ordningen',
    'Measure I “Reduksjon satser sosialhjelp”, household effect no. 2, the regime',
  ],
  [
    ['measures', 0, 'units', 0],
    'Tiltak A «Intern omorganisering NAV», enhet nr. 1',
    'Measure A “Intern omorganisering NAV”, unit no. 1',
  ],
  [
    ['accounts', 1, 'reportedTotals', '2012'],
    `Regnskapstabellen «${REFUGEE}», sum for 2012`,
    `The accounts table “${REFUGEE}”, total for 2012`,
  ],
  [
    ['accounts', 1, 'lines', 3, 'amounts', '2012'],
    `Regnskapstabellen «${REFUGEE}», linje «Sosial rådgivning og veiledning – utgifter», 2012`,
    `The accounts table “${REFUGEE}”, the line “Sosial rådgivning og veiledning – utgifter”, 2012`,
  ],
  [
    ['grants', 'reportedByCategory', 'integration'],
    'Tilskuddstabellen, sum for integreringstilskudd',
    'The grants table, total for integration grants',
  ],
  [
    ['grants', 'lines', 4, 'amount'],
    'Tilskuddstabellen, linje «Refusjon bokollektiv (Bufetat)», beløpet',
    'The grants table, the line “Refusjon bokollektiv (Bufetat)”, the amount',
  ],
  [
    ['partnership', 'keys', 0, 'reportedShares', 'vestvagoy'],
    'Partnerskapet «NAV Vest-Lofoten», fordelingsnøkkelen «Lønn leder med mer (etter årsverk)», andelen til «Vestvågøy kommune»',
    'The partnership “NAV Vest-Lofoten”, the cost-sharing key “Lønn leder med mer (etter årsverk)”, the share of “Vestvågøy kommune”',
  ],
  [
    ['partnership', 'partners', 2, 'officeStaff'],
    'Partnerskapet «NAV Vest-Lofoten», partneren «Flakstad kommune», ansatte med kontor',
    'The partnership “NAV Vest-Lofoten”, the partner “Flakstad kommune”, staff with an office',
  ],
  [
    ['settlement', 'reportedTotals', '2013'],
    'Bosettingstabellen, sum for 2013',
    'The settlement table, total for 2013',
  ],
  [
    ['settlement', 'categories', 2, 'counts', '2009'],
    'Bosettingstabellen, kategorien «Enslige mindreårige», 2009',
    'The settlement table, the category “Enslige mindreårige”, 2009',
  ],
  [
    ['benefitRates', 1, 'per'],
    'Satsen «Introduksjonsstønad, deltakere under 25 år», perioden (måned eller år)',
    'The rate “Introduksjonsstønad, deltakere under 25 år”, the period (month or year)',
  ],
  [
    ['households', 0, 'lines', 2, 'reported', 'socialAssistance'],
    `Husholdningseksempelet «${CASE1}», linje «Skattetrekk (20 %)», ordningen «Sosialhjelp»`,
    `The household case “${CASE1}”, the line “Skattetrekk (20 %)”, the regime “Sosialhjelp”`,
  ],
  [
    ['households', 0, 'lines', 0, 'amounts', 'intro'],
    `Husholdningseksempelet «${CASE1}», linje «Stønad (inkl. barnetillegg)», ordningen «Introduksjonsstønad»`,
    `The household case “${CASE1}”, the line “Stønad (inkl. barnetillegg)”, the regime “Introduksjonsstønad”`,
  ],
  [
    ['households', 1, 'reportedDisposable', 'qualification'],
    'Husholdningseksempelet «Eksempel 2: Enslig 28 år», disponibelt under ordningen «Kvalifiseringsstønad»',
    'The household case “Eksempel 2: Enslig 28 år”, disposable under the regime “Kvalifiseringsstønad”',
  ],
  [
    ['rules', 1, 'requires', 0],
    'Regelen om at E krever D, krav nr. 1',
    'The rule that E requires D, requirement no. 1',
  ],
  [
    ['rules', 0, 'measures', 1],
    'Regelen om at B1, B2 og B3 er alternativer, tiltak nr. 2',
    'The rule that B1, B2 and B3 are alternatives, measure no. 2',
  ],
  [
    ['packages', 0, 'reported', 'byTheme', 'housing'],
    'Pakken «Arbeidsgruppas anbefaling», summen rapporten oppgir for temaet «Boliger»',
    'The package “Arbeidsgruppas anbefaling”, the total the report prints for the theme “Boliger”',
  ],
  [
    ['packages', 0, 'reported', 'total', 'precision'],
    'Pakken «Arbeidsgruppas anbefaling», summen rapporten oppgir, avrundingen',
    'The package “Arbeidsgruppas anbefaling”, the total the report prints, the rounding',
  ],
  [
    ['packages', 0, 'measures'],
    'Pakken «Arbeidsgruppas anbefaling», tiltakene',
    'The package “Arbeidsgruppas anbefaling”, the measures',
  ],
  // Fields the schema does not know, and positions past the end, in words.
  [['colour'], 'Feltet «colour»', 'The field “colour”'],
  [
    ['measures', 3, 'timing', 'start'],
    `Tiltak D «${D}», tidsrommet, feltet «start»`,
    `Measure D “${D}”, the period, the field “start”`,
  ],
  [['measures', 99, 'title'], 'Tiltak nr. 100, tittelen', 'Measure no. 100, the title'],
]

const scenarioShapes: [Path, string, string][] = [
  [[], 'Scenarioet som helhet', 'The scenario as a whole'],
  [['name'], 'Navnet', 'The name'],
  [['model', 'version'], 'Versjonen av modellen', "The model's version"],
  [['selection', 2], 'Valgt tiltak nr. 3', 'Chosen measure no. 3'],
  [
    ['overrides', 'D.groupHomes.refundRate'],
    `Antakelsen «Refusjonssats» i tiltak D «${D}»`,
    `The assumption “Refund rate” in measure D “${D}”`,
  ],
  [['overrides', 'no key'], 'Antakelsen «no key»', 'The assumption “no key”'],
  [['createdAt'], 'Tidspunktet det ble laget', 'The time it was made'],
]

describe('naming a place in a model file in words', () => {
  it.each(shapes)('%j', (path, nb, en) => {
    expect(describeField(path, 'nb', { model })).toBe(nb)
    expect(describeField(path, 'en', { model })).toBe(en)
  })

  it.each(scenarioShapes)('in a scenario: %j', (path, nb, en) => {
    expect(describeField(path, 'nb', { model, file: 'scenario' })).toBe(nb)
    expect(describeField(path, 'en', { model, file: 'scenario' })).toBe(en)
  })
})

/** Every path in a JSON value, parents before children. */
function pathsIn(value: unknown): Path[] {
  const found: Path[] = []
  const stack: { path: Path; value: unknown }[] = [{ path: [], value }]
  for (let next = stack.pop(); next; next = stack.pop()) {
    found.push(next.path)
    const { path, value: node } = next
    if (Array.isArray(node))
      node.forEach((item, i) => stack.push({ path: [...path, i], value: item }))
    else if (node !== null && typeof node === 'object') {
      for (const [key, item] of Object.entries(node))
        stack.push({ path: [...path, key], value: item })
    }
  }
  return found
}

/** The Vestvågøy model with every optional field the schema allows and it leaves out. */
function everyField(): Json {
  const json = vestvagoyJson() as Json & Record<string, Json & Json[]>
  const edit = (path: Path, value: unknown) => {
    const parent = path.slice(0, -1).reduce<Json>((node, key) => node[key] as Json, json)
    parent[path.at(-1) ?? ''] = value
  }
  edit(['source', 'section'], '2.3')
  edit(['source', 'note'], 'Merknad')
  edit(['accounts', 0, 'lines', 0, 'side'], 'expenditure')
  edit(['households', 0, 'note'], 'Merknad')
  edit(['measures', 0, 'uncertainty', 'range'], { low: '-800000', high: '-700000' })
  edit(['measures', 4, 'timing', 'firstYearShare'], '0.5')
  edit(['measures', 0, 'reported', 'note'], 'Merknad')
  edit(['packages', 0, 'reported', 'total', 'note'], 'Merknad')
  return json
}

describe('every field of a model file has words', () => {
  const json = everyField()

  it('the fixture is a valid model that uses every optional field', () => {
    expect(validateModel(json).ok).toBe(true)
  })

  it.each(['nb', 'en'] as Lang[])(
    'names every place in it in %s, without brackets or dotted paths',
    (lang) => {
      const unknown = lang === 'nb' ? 'feltet «' : 'the field “'
      const described = pathsIn(json).map((path) => [
        pathText(path),
        describeField(path, lang, { model: json }),
      ])
      expect(described.length).toBeGreaterThan(1000)
      for (const [path, words] of described) {
        expect(words, path).not.toContain(unknown)
        expect(words).not.toMatch(/\[\d+\]|\w\.\w+[A-Z]|undefined|\[object/)
      }
    },
  )
})

describe('a file that is not a valid model', () => {
  const hostile = {
    measures: [
      null,
      { id: 'constructor', title: 'x'.repeat(5000), drivers: { length: 1 } },
      { id: 42, title: ['not text'], drivers: [{ unit: '__proto__', team: 'toString' }, 7] },
    ],
    accounts: 'not a list',
    partnership: [1, 2],
    households: [{ regimes: [{ id: 'hasOwnProperty' }] }],
  }

  it.each([
    [['measures', 0, 'title'], 'Tiltak nr. 1, tittelen'],
    [
      ['measures', 1, 'drivers', 0, 'inputs', 'refundRate'],
      /^Tiltak constructor «x{70,80}…», beregning nr\. 1, refusjonssats$/,
    ],
    [['measures', 2, 'drivers', 0, 'team'], 'Tiltak nr. 3, beregning nr. 1, teamet'],
    [['accounts', 0, 'reportedTotals', '2012'], 'Regnskapstabell nr. 1, sum for 2012'],
    [
      ['partnership', 'keys', 0, 'reportedShares', 'constructor'],
      'Partnerskapet, fordelingsnøkkel nr. 1, andelen til «constructor»',
    ],
    [
      ['households', 0, 'reportedDisposable', 'hasOwnProperty'],
      'Husholdningseksempel nr. 1, disponibelt under ordningen «hasOwnProperty»',
    ],
  ] as [Path, string | RegExp][])('names %j by position and never throws', (path, words) => {
    expect(describeField(path, 'nb', { model: hostile })).toMatch(words)
  })

  it.each([undefined, null, 42, 'text', [], { measures: null }])(
    'reads %j as a model without names',
    (file) => {
      expect(
        describeField(['measures', 3, 'drivers', 0, 'inputs', 'refundRate'], 'nb', { model: file }),
      ).toBe('Tiltak nr. 4, beregning nr. 1, refusjonssats')
    },
  )
})

describe('measures and assumptions inside a sentence', () => {
  it('names a measure by id and title, or by id where the model lacks it', () => {
    expect(describeMeasure('E', 'nb', model)).toBe('E «Øke bosetting enslige mindreårige»')
    expect(describeMeasure('E', 'en', model)).toBe('E “Øke bosetting enslige mindreårige”')
    expect(describeMeasure('Q9', 'nb', model)).toBe('Q9')
    expect(describeMeasure('E', 'nb')).toBe('E')
  })

  it.each([
    [
      'D.groupHomes.refundRate',
      `«Refusjonssats» i tiltak D «${D}»`,
      `“Refund rate” in measure D “${D}”`,
    ],
    [
      'B2.qualification.staffYearsChange',
      '«Endring i årsverk» (beregningen for «Kvalifiseringsteam») i tiltak B2 «Reduksjon bemanning flyktning (3,0 åv)»',
      '“Change in staff-years” (the calculation for “Kvalifiseringsteam”) in measure B2 “Reduksjon bemanning flyktning (3,0 åv)”',
    ],
    ['X9.driver.refundRate', '«Refusjonssats» i tiltak X9', '“Refund rate” in measure X9'],
    ['not-a-key', '«not-a-key»', '“not-a-key”'],
  ])('names the assumption %s in words', (key, nb, en) => {
    expect(describeAssumption(key, 'nb', model)).toBe(nb)
    expect(describeAssumption(key, 'en', model)).toBe(en)
  })
})

describe('the path as a file editor writes it', () => {
  it.each([
    [
      ['measures', 3, 'drivers', 0, 'inputs', 'refundRate'],
      'measures[3].drivers[0].inputs.refundRate',
    ],
    [['accounts', 1, 'reportedTotals', '2012'], 'accounts[1].reportedTotals["2012"]'],
    [['overrides', 'D.groupHomes.refundRate'], 'overrides["D.groupHomes.refundRate"]'],
    [[0], '[0]'],
  ] as [Path, string][])('%j → %s', (path, text) => {
    expect(pathText(path)).toBe(text)
  })
})

describe('a rule whose list of measures has a hole', () => {
  it('is named without throwing, the hole as an unnamed measure', () => {
    const model = vestvagoyJson()
    // eslint-disable-next-line no-sparse-arrays -- a stored record may hold a list with a hole
    ;(model['rules'] as Record<string, unknown>[])[0]!['measures'] = ['B1', , 'B3']
    expect(describeField(['rules', 0, 'reason'], 'nb', { model })).toContain('B1, ? og B3')
  })
})
