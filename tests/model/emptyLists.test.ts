import { describe, expect, it } from 'vitest'
import { problemText } from '../../src/i18n/problemText'
import { validateModel } from '../../src/model/load/validateModel'
import { vestvagoyJson } from '../builders/model'

type Key = string | number
type Node = Record<Key, unknown>

function withValue(path: Key[], value: unknown) {
  const model = vestvagoyJson()
  const parent = path.slice(0, -1).reduce<Node>((node, key) => node[key] as Node, model)
  parent[path.at(-1)!] = value
  return model
}

// Each of these lists is what a calculation or a table sums over or picks from: an empty one would
// give a silent zero or a figure from nothing, so the file is refused and the message says where.
const mustHaveEntries: Key[][] = [
  ['planYears'],
  ['kostraFunctions'],
  ['themes'],
  ['units'],
  ['units', 0, 'teams'],
  ['measures'],
  ['measures', 0, 'drivers'],
  ['measures', 4, 'timing', 'phaseIn'],
  ['accounts', 0, 'years'],
  ['accounts', 0, 'lines'],
  ['grants', 'lines'],
  ['partnership', 'keys'],
  ['partnership', 'partners'],
  ['settlement', 'years'],
  ['settlement', 'categories'],
  ['households', 0, 'regimes'],
  ['households', 0, 'lines'],
  ['households', 0, 'lines', 2, 'base'],
  ['households', 0, 'lines', 2, 'regimes'],
  ['rules', 0, 'measures'],
  ['rules', 1, 'requires'],
]

describe('lists a model needs entries in', () => {
  it.each(mustHaveEntries)('refuses an empty %s…', (...path) => {
    const result = validateModel(withValue(path, []))
    expect(result.ok).toBe(false)
    if (result.ok) return
    const problem = result.problems.find((p) => p.code === 'empty')
    expect(problem).toMatchObject({ code: 'empty', path })
    expect(problemText(problem!, 'nb', { model: vestvagoyJson() })).toContain('kan ikke være tom')
  })
})

describe('counts that cannot be negative', () => {
  it.each([
    [['units', 0, 'teams', 0, 'staffYears']],
    [['partnership', 'partners', 0, 'staffYears']],
    [['partnership', 'partners', 0, 'officeStaff']],
    [['settlement', 'categories', 0, 'counts', '2013']],
    [['settlement', 'reportedTotals', '2013']],
    [['grants', 'lines', 0, 'amount']],
    [['target', 'lasting']],
  ])('refuses a negative figure at %j', (path) => {
    const result = validateModel(withValue(path, '-1'))
    expect(result.ok).toBe(false)
    expect(result.ok ? [] : result.problems).toContainEqual(
      expect.objectContaining({ code: 'badNumber', issue: 'negative', path }),
    )
  })
})
