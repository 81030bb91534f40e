import { describe, expect, it } from 'vitest'
import { problemText } from '../../src/i18n/problemText'
import { loadModel } from '../../src/model/load/validateModel'
import type { Problem } from '../../src/model/problems'
import { vestvagoyJson, vestvagoyText } from '../builders/model'

type Key = string | number
type Node = Record<Key, unknown>

/** The Vestvågøy file with one edit at a path: `set`, `remove` or `push`. */
function edited(path: Key[], edit: 'set' | 'remove' | 'push', value?: unknown): string {
  const model = vestvagoyJson()
  const parent = path.slice(0, -1).reduce<Node>((node, key) => node[key] as Node, model)
  const last = path.at(-1) ?? ''
  if (edit === 'set') parent[last] = value
  else if (edit === 'remove') delete parent[last]
  else (parent[last] as unknown[]).push(value)
  return JSON.stringify(model, null, 2)
}
const set = (path: Key[], value: unknown) => () => edited(path, 'set', value)
const remove = (path: Key[]) => () => edited(path, 'remove')
const push = (path: Key[], value: unknown) => () => edited(path, 'push', value)
const driver0 = (measure: number, ...rest: Key[]): Key[] => [
  'measures',
  measure,
  'drivers',
  0,
  ...rest,
]

interface Case {
  name: string
  text: () => string
  expected: Partial<Problem> & { code: Problem['code'] }
  /** Words the Norwegian message must contain, so it says what and where. */
  says: string[]
}

const cases: Case[] = [
  {
    name: 'not JSON at all',
    text: () => 'Dette er ikke JSON',
    expected: { code: 'notJson', line: 1, column: 1 },
    says: ['ikke gyldig JSON', 'linje 1, kolonne 1'],
  },
  {
    name: 'a file cut short',
    text: () => vestvagoyText().slice(0, 500),
    expected: { code: 'notJson' },
    says: ['ikke gyldig JSON', 'linje'],
  },
  {
    name: 'a list instead of an object',
    text: () => '[1, 2, 3]',
    expected: { code: 'wrongType', path: [], expected: 'object', found: 'array' },
    says: ['Modellfilen som helhet', 'en liste'],
  },
  {
    name: 'some other JSON file',
    text: () => '{"name": "omstilling", "version": "0.1.0"}',
    expected: { code: 'notModelFile' },
    says: ['ikke en modellfil', '"omstilling.model"'],
  },
  {
    name: 'a newer schemaVersion',
    text: set(['schemaVersion'], 3),
    expected: { code: 'newerSchema', found: 3, supported: 2 },
    says: ['nyere versjon', 'schemaVersion 3'],
  },
  {
    name: 'schemaVersion as text',
    text: set(['schemaVersion'], '1'),
    expected: { code: 'wrongType', path: ['schemaVersion'], expected: 'integer', found: 'string' },
    says: ['Versjonen av filformatet:', 'et heltall'],
  },
  {
    name: 'a missing field',
    text: remove(['measures', 0, 'title']),
    expected: { code: 'missingField', path: ['measures', 0, 'title'] },
    says: ['Tiltak A, tittelen:', 'mangler'],
  },
  {
    name: 'an amount written as a JSON number',
    text: set(driver0(0, 'inputs', 'costPerStaffYear'), 750000),
    expected: {
      code: 'wrongType',
      path: ['measures', 0, 'drivers', 0, 'inputs', 'costPerStaffYear'],
      found: 'integer',
    },
    says: ['Tiltak A «Intern omorganisering NAV», kostnad per årsverk:', 'anførselstegn'],
  },
  {
    name: 'a number too large for JSON (Infinity)',
    text: () =>
      vestvagoyText().replace('"costPerStaffYear": "750000"', '"costPerStaffYear": 1e400'),
    expected: { code: 'wrongType', found: 'number' },
    says: ['Tiltak A «Intern omorganisering NAV», kostnad per årsverk:', 'er et tall'],
  },
  {
    name: 'a non-finite amount as text',
    text: set(driver0(1, 'inputs', 'costPerStaffYear'), 'NaN'),
    expected: { code: 'badNumber', issue: 'notDecimal', found: 'NaN' },
    says: ['Tiltak B1 «Reduksjon bemanning flyktning (1 åv)», kostnad', '"NaN" er ikke et tall'],
  },
  {
    name: 'a negative cost per staff-year',
    text: set(driver0(0, 'inputs', 'costPerStaffYear'), '-750000'),
    expected: { code: 'badNumber', issue: 'negative' },
    says: [
      'Tiltak A «Intern omorganisering NAV», kostnad per årsverk:',
      'kan ikke være negativt (fant "-750000")',
    ],
  },
  {
    name: 'a refund rate given in per cent',
    text: set(driver0(3, 'inputs', 'refundRate'), '80'),
    expected: {
      code: 'badNumber',
      path: ['measures', 3, 'drivers', 0, 'inputs', 'refundRate'],
      issue: 'aboveOne',
    },
    says: [
      'Tiltak D «Slå sammen bokollektiv enslige mindreårige», refusjonssats:',
      'mellom 0\u00a0% og 100\u00a0%',
      'skrives 80\u00a0% som "0.8"',
    ],
  },
  {
    name: 'a decimal comma',
    text: set(driver0(3, 'inputs', 'refundRate'), '0,8'),
    expected: { code: 'badNumber', issue: 'notDecimal', found: '0,8' },
    says: [
      'Tiltak D «Slå sammen bokollektiv enslige mindreårige», refusjonssats:',
      'punktum som desimaltegn',
    ],
  },
  {
    name: 'a duplicate measure id',
    text: set(['measures', 1, 'id'], 'A'),
    expected: { code: 'duplicateId', path: ['measures', 1, 'id'], id: 'A' },
    says: [
      'Tiltak A «Reduksjon bemanning flyktning (1 åv)», id-en:',
      '«A» er brukt mer enn én gang',
    ],
  },
  {
    name: 'a theme that does not exist',
    text: set(['measures', 2, 'theme'], 'nowhere'),
    expected: { code: 'unknownReference', path: ['measures', 2, 'theme'], collection: 'themes' },
    says: ['Tiltak C «Reduksjon migrasjonshelse», temaet:', '«nowhere» finnes ikke blant temaene'],
  },
  {
    name: 'an unknown KOSTRA function',
    text: set(driver0(0, 'function'), '999'),
    expected: { code: 'unknownReference', collection: 'kostraFunctions', id: '999' },
    says: ['Tiltak A «Intern omorganisering NAV», KOSTRA-funksjonen:', 'KOSTRA-funksjonene'],
  },
  {
    name: 'a KOSTRA code that is not three digits',
    text: set(driver0(0, 'function'), '24'),
    expected: { code: 'badText', pattern: 'kostra' },
    says: ['Tiltak A «Intern omorganisering NAV», KOSTRA-funksjonen:', 'tre sifre'],
  },
  {
    name: 'a team of another unit',
    text: set(driver0(0, 'team'), 'qualification'),
    expected: { code: 'unknownReference', collection: 'teams', id: 'qualification' },
    says: ['Tiltak A «Intern omorganisering NAV», teamet:', 'teamene i enheten'],
  },
  {
    name: 'an unknown kind of driver',
    text: set(driver0(0, 'kind'), 'magic'),
    expected: { code: 'notOneOf', path: ['measures', 0, 'drivers', 0, 'kind'], found: 'magic' },
    says: [
      'Tiltak A «Intern omorganisering NAV», typen beregning:',
      '«magic» er ikke tillatt',
      '"staffYears"',
    ],
  },
  {
    name: 'a misspelt field',
    text: set(['measures', 0, 'titel'], 'Skrivefeil'),
    expected: { code: 'unknownField', path: ['measures', 0, 'titel'] },
    says: ['Tiltak A «Intern omorganisering NAV», feltet «titel»:', 'ukjent felt'],
  },
  {
    name: 'a rule naming a measure that does not exist',
    text: set(['rules', 1, 'requires'], ['X']),
    expected: { code: 'unknownReference', path: ['rules', 1, 'requires', 0], id: 'X' },
    says: ['Regelen om at E krever X, krav nr. 1:', '«X» finnes ikke blant tiltakene'],
  },
  {
    name: 'a package that breaks a rule',
    text: push(['packages', 0, 'measures'], 'B2'),
    expected: { code: 'packageBreaksRule', packageId: 'recommended' },
    says: [
      'Pakken «Arbeidsgruppas anbefaling», tiltakene:',
      'B1 «Reduksjon bemanning flyktning (1 åv)» og B2 «Reduksjon bemanning flyktning (3,0 åv)» kan ikke velges sammen',
    ],
  },
  {
    name: 'a measure that ends before it starts',
    text: set(['measures', 4, 'timing'], { firstYear: 2017, lastYear: 2015 }),
    expected: { code: 'endBeforeStart', firstYear: 2017, lastYear: 2015 },
    says: ['Tiltak E «Øke bosetting enslige mindreårige», siste år med effekt:', '2015', '2017'],
  },
  {
    name: 'plan years with a gap',
    text: set(['planYears'], [2015, 2016, 2018]),
    expected: { code: 'planYearsNotConsecutive', path: ['planYears'] },
    says: ['Planårene:', 'påfølgende år'],
  },
  {
    name: 'a one-off outside the plan',
    text: push(['measures', 0, 'drivers'], {
      id: 'severance',
      kind: 'oneOff',
      function: '242',
      side: 'expenditure',
      inputs: { amount: '300000', year: '2021' },
    }),
    expected: { code: 'yearNotInPlan', year: 2021 },
    says: [
      'Tiltak A «Intern omorganisering NAV», beregning nr. 2, år:',
      '2021 er ikke et av planårene',
    ],
  },
  {
    name: 'an affected base larger than the base',
    text: set(driver0(8, 'inputs', 'affectedBase'), '8000000'),
    expected: { code: 'driverCheck' },
    says: [
      'Tiltak I «Reduksjon satser sosialhjelp», grunnlag der endringen får virkning:',
      'kan ikke være større enn hele utgiftsgrunnlaget',
    ],
  },
  {
    name: 'an accounts line missing a year',
    text: remove(['accounts', 0, 'lines', 1, 'amounts', '2012']),
    expected: { code: 'yearKeysMismatch', path: ['accounts', 0, 'lines', 1, 'amounts'] },
    says: [
      'Regnskapstabellen «Sosialtjenesten, netto driftsutgifter», linje «Kvalifiseringsordningen», beløpene:',
      '2011, 2012 og 2013',
    ],
  },
  {
    name: 'no measures at all',
    text: set(['measures'], []),
    expected: { code: 'empty', path: ['measures'] },
    says: ['Tiltakene:', 'kan ikke være tom'],
  },
]

describe('malformed model files', () => {
  it('covers at least 15 kinds of mistake', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15)
  })

  it.each(cases)('$name: refused with a located message', ({ text, expected, says }) => {
    const source = text()
    const result = loadModel(source)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems).toContainEqual(expect.objectContaining(expected))
    const problem = result.problems.find((p) => p.code === expected.code)
    let parsed: unknown
    try {
      parsed = JSON.parse(source)
    } catch {
      parsed = undefined
    }
    const message = problemText(problem!, 'nb', { model: parsed })
    for (const words of says) expect(message).toContain(words)
    expect(message).not.toMatch(/undefined|\[object|at .*\.ts:\d+|Error:/)
    // Words, not JSON paths: no "measures[3]", no "drivers.inputs".
    expect(message).not.toMatch(/\w\[\d+\]|\.[a-z]+[A-Z]\w*\b(?!")/)
    expect(message.split('\n')).toHaveLength(1)
    expect(problemText(problem!, 'en', { model: parsed })).not.toMatch(/undefined|\[object/)
  })
})
