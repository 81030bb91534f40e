import { describe, expect, it } from 'vitest'
import { validateModel } from '../../src/model/load/validateModel'
import type { Problem } from '../../src/model/problems'
import { readScenario } from '../../src/model/scenario/readScenario'
import { vestvagoyJson } from '../builders/model'
import { scenarioOf } from '../builders/scenario'

type Key = string | number

function problemsWith(path: Key[], value: unknown): Problem[] {
  const json = vestvagoyJson()
  const parent = path
    .slice(0, -1)
    .reduce<Record<Key, unknown>>((node, key) => node[key] as Record<Key, unknown>, json)
  parent[path.at(-1)!] = value
  const result = validateModel(json)
  return result.ok ? [] : result.problems
}

describe('values of the wrong shape in a model file', () => {
  it.each<[string, Key[], unknown, Partial<Problem>]>([
    [
      'a year before 1900',
      ['baseYear'],
      1899,
      { code: 'outOfRange', path: ['baseYear'], min: 1900, max: 2200, found: 1899 },
    ],
    ['a year after 2200', ['baseYear'], 2201, { code: 'outOfRange', found: 2201 }],
    [
      'a text of more than 10 000 characters',
      ['description'],
      'x'.repeat(10_001),
      { code: 'tooLong', path: ['description'], max: 10_000 },
    ],
    [
      'a title that is true',
      ['measures', 0, 'title'],
      true,
      { code: 'wrongType', expected: 'string', found: 'boolean' },
    ],
    [
      'a bad amount for one year',
      ['accounts', 0, 'lines', 0, 'amounts', '2012'],
      '12 000',
      { code: 'badNumber', path: ['accounts', 0, 'lines', 0, 'amounts', '2012'] },
    ],
    [
      'a rule written as text',
      ['rules', 0],
      'B1 eller B2',
      { code: 'wrongType', path: ['rules', 0], expected: 'object', found: 'string' },
    ],
    [
      'a rule without its kind',
      ['rules', 0],
      { id: 'x', measures: ['B1', 'B2'], reason: 'r' },
      { code: 'missingField', path: ['rules', 0, 'kind'] },
    ],
  ])('refuses %s, saying where', (_, path, value, expected) => {
    expect(problemsWith(path, value)).toEqual([expect.objectContaining(expected)])
  })

  it('reads a text of exactly 10 000 characters', () => {
    expect(problemsWith(['description'], 'x'.repeat(10_000))).toEqual([])
  })
})

describe('times in a scenario file', () => {
  it.each([
    ['2023-02-29T10:00:00Z', 'day'],
    ['2024-04-31T10:00:00Z', 'day'],
    ['2024-13-01T10:00:00Z', 'month'],
    ['2024-01-01T24:00:00Z', 'hour'],
  ])('refuses %s, a time that does not exist, naming the %s', (createdAt, part) => {
    expect(readScenario(scenarioOf({ createdAt }))).toMatchObject({
      ok: false,
      problems: [{ code: 'badTimestamp', path: ['createdAt'], part }],
    })
  })

  it('reads 29 February in a leap year', () => {
    expect(readScenario(scenarioOf({ createdAt: '2024-02-29T10:00:00Z' })).ok).toBe(true)
  })
})
