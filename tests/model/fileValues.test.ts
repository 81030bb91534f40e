import { describe, expect, it } from 'vitest'
import { problemText } from '../../src/i18n/problemText'
import { loadModel } from '../../src/model/load/validateModel'
import { readScenario } from '../../src/model/scenario/readScenario'
import {
  findBadCharacter,
  quotable,
  withoutBadCharacters,
} from '../../src/model/schema/textCharacters'
import { vestvagoyJson, type Json } from '../builders/model'
import { scenarioOf } from '../builders/scenario'

type Measures = { measures: (Json & { drivers: { inputs: Record<string, string> }[] })[] }

/** The Vestvågøy file with its first measure changed. */
function withMeasureAJson(change: Json): Json {
  const json = vestvagoyJson() as Json & Measures
  json.measures[0] = { ...json.measures[0]!, ...change }
  return json
}
const withMeasureA = (change: Json) => loadModel(JSON.stringify(withMeasureAJson(change)))

describe('characters a text may not hold', () => {
  it.each([
    ['Kutt\u202E 5 mill.', false, { kind: 'direction', codePoint: 0x202e, position: 5 }],
    ['\u2066Navn\u2069', false, { kind: 'direction', codePoint: 0x2066, position: 1 }],
    ['Høyre\u200Fmerke', false, { kind: 'direction', codePoint: 0x200f, position: 6 }],
    ['Klokke\u0007', false, { kind: 'control', codePoint: 7, position: 7 }],
    ['Escape\u001B[31m', true, { kind: 'control', codePoint: 0x1b, position: 7 }],
    ['Neste linje\u0085', true, { kind: 'control', codePoint: 0x85, position: 12 }],
    ['Slett\u007F', true, { kind: 'control', codePoint: 0x7f, position: 6 }],
    ['To\nlinjer', false, { kind: 'lineBreak', codePoint: 10, position: 3 }],
    ['Tab\tinni', false, { kind: 'lineBreak', codePoint: 9, position: 4 }],
    ['Halv \uD800 emoji', true, { kind: 'unpaired', codePoint: 0xd800, position: 6 }],
    ['😀 før \u202E', false, { kind: 'direction', codePoint: 0x202e, position: 7 }],
  ])('%j (multiline: %s) holds %j', (text, multiline, bad) => {
    expect(findBadCharacter(text, { multiline })).toEqual(bad)
  })

  it.each([
    ['Vestvågøy «Ærlig» – 5 %', false],
    ['😀 and 日本語 and עברית', false],
    ['Første linje\r\nAndre\tlinje', true],
  ])('%j (multiline: %s) is fine', (text, multiline) => {
    expect(findBadCharacter(text, { multiline })).toBeNull()
  })

  it('strips them from a name as it is typed, keeping line breaks in long texts', () => {
    expect(withoutBadCharacters('Kutt\u202E 5\nmill.\u0000\u200F')).toBe('Kutt 5 mill.')
    expect(withoutBadCharacters('Linje 1\nLinje\u202E 2', { multiline: true })).toBe(
      'Linje 1\nLinje 2',
    )
  })

  it('quotes a text from a file without them, and cut short', () => {
    expect(quotable('a\u202Eb\u001B[2J')).toBe('a\uFFFDb\uFFFD[2J')
    expect(quotable('x'.repeat(500))).toBe(`${'x'.repeat(59)}…`)
    expect(quotable('x'.repeat(60))).toBe('x'.repeat(60))
    expect(quotable('x'.repeat(61))).toBe(`${'x'.repeat(59)}…`)
  })

  it('refuses them in a model file, saying where and what', () => {
    const read = withMeasureA({ title: 'Nedbemanning\u202E 5 årsverk' })
    expect(read).toMatchObject({
      ok: false,
      problems: [
        {
          code: 'badCharacter',
          path: ['measures', 0, 'title'],
          kind: 'direction',
          codePoint: 0x202e,
          position: 13,
        },
      ],
    })
    if (!read.ok) {
      const model = withMeasureAJson({ title: 'Nedbemanning\u202E 5 årsverk' })
      expect(problemText(read.problems[0]!, 'nb', { model })).toBe(
        'Tiltak A «Nedbemanning 5 årsverk», tittelen: tegn nr. 13 (U+202E) er et usynlig tegn som snur skriveretningen og kan få teksten til å se ut som noe annet enn den er. Fjern det.',
      )
    }
  })

  it('allows line breaks and tabs in descriptions, not in titles', () => {
    expect(withMeasureA({ description: 'Første avsnitt.\n\n\tAndre avsnitt.' }).ok).toBe(true)
    expect(withMeasureA({ title: 'To\nlinjer' })).toMatchObject({
      ok: false,
      problems: [{ code: 'badCharacter', kind: 'lineBreak', path: ['measures', 0, 'title'] }],
    })
  })

  it('quotes a bad id without the escape sequence it holds', () => {
    const read = withMeasureA({ id: 'A\u001B]0;pwned\u0007' })
    expect(read).toMatchObject({
      ok: false,
      problems: expect.arrayContaining([
        expect.objectContaining({ code: 'badText', found: 'A\uFFFD]0;pwned\uFFFD' }),
      ]) as unknown,
    })
  })

  it('refuses them in a scenario’s name, and keeps line breaks in its note', () => {
    expect(readScenario(scenarioOf({ name: 'Forslag\u0000' }))).toMatchObject({
      ok: false,
      problems: [{ code: 'badCharacter', path: ['name'], kind: 'control' }],
    })
    expect(readScenario(scenarioOf({ note: 'Linje 1\nLinje 2' })).ok).toBe(true)
  })
})

describe('negative zero', () => {
  it.each(['-0', '-0.0', '-0.000'])('%s is zero: a refund rate of it is accepted as 0', (zero) => {
    const json = vestvagoyJson() as Json & Measures
    json.measures[3]!.drivers[0]!.inputs['refundRate'] = zero
    const read = loadModel(JSON.stringify(json))
    expect(read.ok).toBe(true)
    if (read.ok)
      expect(read.model.measures[3]?.drivers[0]?.inputs['refundRate']).toBe(zero.slice(1))
  })

  it('is kept as zero in a scenario’s overrides, and below zero is still refused', () => {
    expect(readScenario(scenarioOf({ overrides: { 'D.groupHomes.refundRate': '-0' } }))).toEqual({
      ok: true,
      scenario: scenarioOf({ overrides: { 'D.groupHomes.refundRate': '0' } }),
    })
    const json = vestvagoyJson() as Json & Measures
    json.measures[3]!.drivers[0]!.inputs['refundRate'] = '-0.001'
    expect(loadModel(JSON.stringify(json))).toMatchObject({
      ok: false,
      problems: [{ code: 'badNumber', issue: 'negative' }],
    })
  })
})
