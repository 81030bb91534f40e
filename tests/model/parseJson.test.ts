import { describe, expect, it } from 'vitest'
import { problemText } from '../../src/i18n/problemText'
import { jsonErrorOffset } from '../../src/model/load/jsonErrorOffset'
import { MAX_JSON_DEPTH, parseJson } from '../../src/model/load/parseJson'

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth)

describe('parseJson', () => {
  it.each([
    ['Dette er ikke JSON', 1, 1],
    ['{"a": 1,\n "b": x}', 2, 7],
    ['{"a": 1', 1, 8],
    ['{"a": [1, 2,]}', 1, 13],
    ['{"a": "tab\there"}', 1, 11],
    ['{"a": 1} trailing', 1, 10],
    ['', 1, 1],
    ['{"a": 01}', 1, 8],
    ['\n\n  {"a": tru}', 3, 9],
    ['{"a": [[[{"b": [1 2]}]]]}', 1, 19],
    ['{"a" 1}', 1, 6],
    ['{,}', 1, 2],
    ['\uFEFF\uFEFF{}', 1, 1],
  ])('%j fails at line %i, column %i', (text, line, column) => {
    expect(parseJson(text, 1000)).toEqual({ ok: false, problem: { code: 'notJson', line, column } })
  })

  it('reads valid JSON', () => {
    expect(parseJson('{"a": [1, "x\\u00e6", true, null, -1.5e3]}', 1000)).toEqual({
      ok: true,
      value: { a: [1, 'xæ', true, null, -1500] },
    })
  })

  it('skips a byte-order mark at the start, as editors on Windows write one', () => {
    expect(parseJson('\uFEFF{"a": 1}', 1000)).toEqual({ ok: true, value: { a: 1 } })
  })

  it('refuses text longer than the limit before parsing it', () => {
    expect(parseJson(`"${'x'.repeat(20)}"`, 10)).toEqual({
      ok: false,
      problem: { code: 'fileTooLarge', characters: 22, limit: 10 },
    })
  })

  it.each([
    ['100 000 unclosed [', '['.repeat(100_000)],
    ['100 000 nested lists', nested(100_000)],
    ['nested objects', '{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000)],
    ['one level too many', nested(MAX_JSON_DEPTH + 1)],
  ])('refuses %s as too deep, saying where', (_, text) => {
    const read = parseJson(text, 10_000_000)
    expect(read).toMatchObject({
      ok: false,
      problem: { code: 'tooDeep', limit: MAX_JSON_DEPTH, line: 1 },
    })
    if (!read.ok) {
      expect(problemText(read.problem, 'nb')).toContain('mer enn 64 nivåer (linje 1, kolonne')
      expect(problemText(read.problem, 'en')).toContain('more than 64 levels deep')
    }
  })

  it('reads nesting up to the limit, and does not count brackets inside strings', () => {
    expect(parseJson(nested(MAX_JSON_DEPTH), 1000).ok).toBe(true)
    const inString = `{"a": "${'['.repeat(1000)}\\"${'{'.repeat(1000)}"}`
    expect(parseJson(inString, 10_000)).toMatchObject({ ok: true })
  })

  it('finds the error in text of any depth without running out of stack', () => {
    expect(jsonErrorOffset('['.repeat(1_000_000))).toBe(1_000_000)
    expect(jsonErrorOffset(`${nested(500_000)}x`)).toBe(1_000_000)
    expect(jsonErrorOffset(`${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`)).toBe(600_001)
  })
})
