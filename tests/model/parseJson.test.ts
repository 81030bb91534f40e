import { describe, expect, it } from 'vitest'
import { parseJson } from '../../src/model/load/parseJson'

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
  ])('%j fails at line %i, column %i', (text, line, column) => {
    expect(parseJson(text)).toEqual({ ok: false, problem: { code: 'notJson', line, column } })
  })

  it('reads valid JSON', () => {
    expect(parseJson('{"a": [1, "x\\u00e6", true, null, -1.5e3]}')).toEqual({
      ok: true,
      value: { a: [1, 'xæ', true, null, -1500] },
    })
  })
})
