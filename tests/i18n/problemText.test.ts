import { describe, expect, it } from 'vitest'
import { plainText } from '../../src/i18n/numbers'
import { problemText } from '../../src/i18n/problemText'
import type { Lang } from '../../src/i18n/lang'
import { loadModel, validateModel } from '../../src/model/load/validateModel'
import type { Problem, ProblemCode } from '../../src/model/problems'
import { vestvagoyJson, vestvagoyText } from '../builders/model'

const model = vestvagoyJson()
const loaded = loadModel(vestvagoyText())
const warnings = loaded.ok ? loaded.warnings : []
const langs: Lang[] = ['nb', 'en']

describe('the Vestvågøy data warnings, as a finance officer reads them', () => {
  const texts = (lang: Lang) => warnings.map((w) => problemText(w, lang, { model }))

  it.each(langs)('name tables and lines in words, never a JSON path (%s)', (lang) => {
    expect(warnings).toHaveLength(10)
    for (const text of texts(lang)) {
      expect(text).not.toMatch(/[[\]]|\.reported|\.lines|reportedTotals|reportedDisposable/)
      expect(text).toMatch(
        /^(Regnskapstabellen|Husholdningseksempelet|The accounts table|The household case) [«“]/,
      )
    }
  })

  it('say what the report prints and what the lines add up to, in kroner, with one minus sign', () => {
    expect(texts('nb')[2]).toBe(
      'Regnskapstabellen «Flyktningenheten, netto driftsutgifter», sum for 2012: rapporten oppgir ' +
        '\u22127\u00a0924\u00a0000\u00a0kr, men linjene summerer til \u22127\u00a0982\u00a0000\u00a0kr ' +
        '(differanse \u221258\u00a0000\u00a0kr). Tabell i 2.6. Overskriften sier «beløp i 100 kr», ' +
        'men tallene er i 1000 kr. De trykte totalene stemmer ikke med linjene, som summerer til ' +
        '\u22124 039, \u22127 982 og \u22128 927.',
    )
    for (const text of texts('nb')) expect(text).not.toMatch(/(^|[^\w"])-\d/)
  })

  it('give household budgets in kroner per month, øre included', () => {
    expect(plainText(texts('nb')[4] ?? '')).toContain(
      'Husholdningseksempelet «Eksempel 1: 2 voksne og 2 barn (3 og 8 år)», linje «Skattetrekk (20 %)», ' +
        'ordningen «Kvalifiseringsstønad»: rapporten oppgir -6 128 kr per måned, men modellen ' +
        'regner ut -6 128,80 kr per måned (differanse -0,80 kr per måned).',
    )
    expect(plainText(texts('en')[5] ?? '')).toContain(
      'The household case “Eksempel 1: 2 voksne og 2 barn (3 og 8 år)”, disposable under the regime ' +
        '“Kvalifiseringsstønad”: the report prints NOK 15,956 a month, but its lines add up to ' +
        'NOK 15,955.20 a month (difference NOK -0.80 a month).',
    )
  })
})

describe('data warnings about shares, persons and measures', () => {
  const warningsOf = <Json>(edit: (json: Json) => void) => {
    const json = vestvagoyJson() as Json
    edit(json)
    const result = validateModel(json)
    return result.ok
      ? result.warnings.map((w) => plainText(problemText(w, 'nb', { model: json })))
      : []
  }

  it('gives a share as per cent and the difference in percentage points', () => {
    const texts = warningsOf(
      (json: { partnership: { keys: { reportedShares: Record<string, string> }[] } }) => {
        json.partnership.keys[0]!.reportedShares['vestvagoy'] = '0.260'
      },
    )
    expect(texts).toContain(
      'Partnerskapet «NAV Vest-Lofoten», fordelingsnøkkelen «Lønn leder med mer (etter årsverk)», ' +
        'andelen til «Vestvågøy kommune»: rapporten oppgir 26,0 %, men modellen regner ut 27,03 % ' +
        '(differanse +1,03 prosentpoeng). ' +
        'Kostnadsfordelingen 2014 (2.3). De trykte prosentene summerer til 100,1 % for lønn leder, ' +
        'fordi hver er avrundet. Partnerskapet opphører fra oktober 201– (året er kuttet i rapportteksten).',
    )
  })

  it('counts settled refugees as persons', () => {
    const texts = warningsOf((json: { settlement: { reportedTotals: Record<string, string> } }) => {
      json.settlement.reportedTotals['2013'] = '44'
    })
    expect(texts.find((t) => t.startsWith('Bosettingstabellen'))).toMatch(
      /^Bosettingstabellen, sum for 2013: rapporten oppgir 44 personer, men linjene summerer til 43 personer \(differanse -1 personer\)\./,
    )
  })

  it('names the measure whose drivers no longer give the printed figure', () => {
    const texts = warningsOf(
      (json: { measures: { drivers: { inputs: Record<string, string> }[] }[] }) => {
        json.measures[0]!.drivers[0]!.inputs['costPerStaffYear'] = '700000'
      },
    )
    expect(texts).toContain(
      'Tiltak A «Intern omorganisering NAV», beløpet rapporten oppgir: rapporten oppgir -750 000 kr, ' +
        'men modellen regner ut -700 000 kr (differanse +50 000 kr).',
    )
    expect(texts.find((t) => t.startsWith('Pakken'))).toMatch(
      /^Pakken «Arbeidsgruppas anbefaling», summen rapporten oppgir: rapporten oppgir -6 700 000 kr, men tiltakene summerer til -6 650 000 kr/,
    )
  })
})

describe('messages that name measures and assumptions', () => {
  const rule: Problem = {
    code: 'requirementMissing',
    measure: 'E',
    requires: ['D'],
    reason: 'Fordi.',
  }

  it('show ids with titles where the model is known, and ids alone where not', () => {
    expect(problemText(rule, 'nb', { model })).toBe(
      'E «Øke bosetting enslige mindreårige» krever D «Slå sammen bokollektiv enslige mindreårige»: Fordi.',
    )
    expect(problemText(rule, 'nb')).toBe('E krever D: Fordi.')
  })

  it('say an override key in words, and add the key as typed when paths are asked for', () => {
    const bad: Problem = {
      code: 'badOverride',
      key: 'D.groupHomes.refundRate',
      issue: 'aboveOne',
      found: '80',
    }
    const words =
      'Antakelsen «Refusjonssats» i tiltak D «Slå sammen bokollektiv enslige mindreårige»'
    expect(plainText(problemText(bad, 'nb', { model }))).toBe(
      `${words}: må være mellom 0 % og 100 % (fant "80"); i filen skrives 80 % som "0.8".`,
    )
    expect(problemText(bad, 'nb', { model, paths: true })).toContain(
      `${words} (D.groupHomes.refundRate):`,
    )
  })

  it('add the JSON path after the words only when asked', () => {
    const missing: Problem = { code: 'missingField', path: ['measures', 3, 'title'] }
    expect(problemText(missing, 'nb', { model })).toBe(
      'Tiltak D «Slå sammen bokollektiv enslige mindreårige», tittelen: feltet mangler.',
    )
    expect(problemText(missing, 'nb', { model, paths: true })).toBe(
      'Tiltak D «Slå sammen bokollektiv enslige mindreårige», tittelen (measures[3].title): feltet mangler.',
    )
  })
})

// One of every problem, with negative numbers where a problem can carry them.
const path = ['measures', 3, 'drivers', 0, 'inputs', 'rateChange']
const samples: Record<ProblemCode, Problem> = {
  notJson: { code: 'notJson', line: 1200, column: 3 },
  notModelFile: { code: 'notModelFile' },
  newerSchema: { code: 'newerSchema', found: 2, supported: 1 },
  wrongType: { code: 'wrongType', path, expected: 'string', found: 'integer' },
  missingField: { code: 'missingField', path },
  unknownField: { code: 'unknownField', path },
  notOneOf: { code: 'notOneOf', path, allowed: ['a', 'b'], found: 'c' },
  badNumber: { code: 'badNumber', path, issue: 'belowMinusOne', found: '-1.5' },
  badText: { code: 'badText', path, found: 'x y', pattern: 'id' },
  tooLong: { code: 'tooLong', path, max: 10000 },
  outOfRange: { code: 'outOfRange', path: ['baseYear'], min: 1900, max: 2200, found: -5 },
  empty: { code: 'empty', path: ['measures'] },
  duplicateId: { code: 'duplicateId', path: ['measures', 1, 'id'], id: 'A' },
  unknownReference: { code: 'unknownReference', path, id: 'x', collection: 'units' },
  planYearsNotConsecutive: { code: 'planYearsNotConsecutive', path: ['planYears'] },
  baseYearNotBeforePlan: {
    code: 'baseYearNotBeforePlan',
    path: ['baseYear'],
    baseYear: 2015,
    firstPlanYear: 2015,
  },
  yearNotInPlan: { code: 'yearNotInPlan', path, year: 2021, planYears: [2015, 2016] },
  endBeforeStart: { code: 'endBeforeStart', path, firstYear: 2017, lastYear: 2015 },
  eitherField: {
    code: 'eitherField',
    path: ['measures', 4, 'timing', 'firstYearShare'],
    fields: ['firstMonth', 'firstYearShare'],
  },
  driverCheck: {
    code: 'driverCheck',
    path: ['measures', 8, 'drivers', 0, 'inputs', 'affectedBase'],
    failed: { kind: 'percentOfBase', check: 'affectedExceedsBase' },
  },
  yearKeysMismatch: { code: 'yearKeysMismatch', path, expected: [2011, 2012] },
  packageBreaksRule: {
    code: 'packageBreaksRule',
    path: ['packages', 0, 'measures'],
    packageId: 'recommended',
    rule: {
      code: 'alternativesChosenTogether',
      measures: ['B1', 'B2'],
      alternatives: ['B1', 'B2', 'B3'],
    },
  },
  rulesCannotBeKept: {
    code: 'rulesCannotBeKept',
    path: ['rules', 0],
    measure: 'E',
    alternatives: ['B1', 'B2'],
  },
  ruleLeftOut: {
    code: 'ruleLeftOut',
    rule: { code: 'requirementMissing', measure: 'E', requires: ['D'], reason: 'Kapasitet.' },
  },
  reportedMismatch: {
    code: 'reportedMismatch',
    path: ['accounts', 1, 'reportedTotals', '2012'],
    quantity: 'amount',
    computedFrom: 'lines',
    reported: '-7924000',
    computed: '-7982000',
    difference: '-58000',
  },
  unknownMeasure: { code: 'unknownMeasure', ids: ['Q9'] },
  unknownPackage: { code: 'unknownPackage', id: 'nope' },
  unknownOverride: { code: 'unknownOverride', key: 'D.groupHomes.refundRat' },
  badOverride: {
    code: 'badOverride',
    key: 'I.rates.rateChange',
    issue: 'belowMinusOne',
    found: '-2',
  },
  alternativesChosenTogether: {
    code: 'alternativesChosenTogether',
    measures: ['B1', 'B2'],
    alternatives: ['B1', 'B2', 'B3'],
  },
  requirementMissing: {
    code: 'requirementMissing',
    measure: 'E',
    requires: ['D'],
    reason: 'Fordi.',
  },
  targetMetOnlyWhileTemporary: {
    code: 'targetMetOnlyWhileTemporary',
    years: [2015, 2016],
    lastingGap: '-200000',
  },
  notScenarioFile: { code: 'notScenarioFile' },
  newerScenarioSchema: { code: 'newerScenarioSchema', found: 2, supported: 1 },
  missingMigration: { code: 'missingMigration', from: 0 },
  scenarioForOtherModel: { code: 'scenarioForOtherModel', expected: 'a', found: 'b' },
  modelVersionChanged: { code: 'modelVersionChanged', from: '1', to: '2' },
  measuresNotInModel: { code: 'measuresNotInModel', ids: ['C'] },
  overrideDropped: {
    code: 'overrideDropped',
    key: 'I.rates.rateChange',
    found: '-2',
    issue: 'belowMinusOne',
  },
  fileTooLarge: { code: 'fileTooLarge', characters: 1200000, limit: 1000000 },
  notUtf8: { code: 'notUtf8', line: 3, column: 14 },
  tooDeep: { code: 'tooDeep', limit: 64, line: 1, column: 65 },
  notJsonValue: { code: 'notJsonValue', path, expected: 'string', found: 'bigint' },
  tooManyItems: { code: 'tooManyItems', path: ['measures'], max: 100000 },
  badCharacter: {
    code: 'badCharacter',
    path: ['measures', 3, 'title'],
    position: 4,
    codePoint: 0x202e,
    kind: 'direction',
  },
  badTimestamp: {
    code: 'badTimestamp',
    path: ['updatedAt'],
    found: '2026-13-45T25:61:61Z',
    part: 'month',
  },
  moreProblems: { code: 'moreProblems', count: 1200 },
}

describe('every problem message', () => {
  it.each(Object.values(samples))('$code reads in words with one minus sign', (problem) => {
    for (const lang of langs) {
      const text = problemText(problem, lang, { model })
      expect(text).not.toMatch(/undefined|\[object|\w\[\d+\]|\.inputs\.|NaN/)
    }
    // File syntax is quoted ("-1.5"); every other minus in Norwegian is U+2212.
    const prose = problemText(problem, 'nb', { model })
      .replace(/"[^"]*"/g, '""')
      .replace(/UTF-8/g, 'UTF8')
    expect(prose).not.toMatch(/-\d/)
  })
})
