import { describe, expect, it } from 'vitest'
import { validateModel } from '../../src/model/load/validateModel'
import type { Problem } from '../../src/model/problems'
import { vestvagoyJson, type Json } from '../builders/model'

type Key = string | number
type Node = Record<Key, unknown>
const at = (json: Json, path: Key[]) => path.reduce<Node>((node, key) => node[key] as Node, json)

function problemsWith(path: Key[], value: unknown): Problem[] {
  const json = vestvagoyJson()
  at(json, path.slice(0, -1))[path.at(-1)!] = value
  const result = validateModel(json)
  return result.ok ? [] : result.problems
}

const effect = ['measures', 8, 'householdEffects', 0] // I: lower social-assistance rates
const tax = ['households', 0, 'lines', 2]

// A reference to nothing would make a figure silently leave something out; each is refused at its
// place, naming the list the id was looked for in.
describe('ids that refer to nothing in a model file', () => {
  it.each<[Key[], string, string]>([
    [['measures', 0, 'units', 0], 'nowhere', 'units'],
    [['measures', 0, 'drivers', 0, 'unit'], 'nowhere', 'units'],
    [['measures', 0, 'drivers', 0, 'incomeFunction'], '999', 'kostraFunctions'],
    [[...effect, 'household'], 'nowhere', 'households'],
    [[...effect, 'regime'], 'nowhere', 'regimes'],
    [[...effect, 'line'], 'nowhere', 'lines'],
    [[...effect, 'line'], 'tax', 'lines'],
    [[...effect, 'driver'], 'nowhere', 'drivers'],
    [['rules', 0, 'measures', 0], 'nowhere', 'measures'],
    [['rules', 1, 'measure'], 'nowhere', 'measures'],
    [['packages', 0, 'measures', 0], 'nowhere', 'measures'],
    [['accounts', 0, 'unit'], 'nowhere', 'units'],
    [['accounts', 0, 'lines', 0, 'function'], '999', 'kostraFunctions'],
    [['partnership', 'self'], 'nowhere', 'partners'],
    [['partnership', 'unit'], 'nowhere', 'units'],
    [[...tax, 'base', 0], 'nowhere', 'lines'],
    [[...tax, 'regimes', 0], 'nowhere', 'regimes'],
  ])('refuses %j naming %s, which is not among the %s', (path, id, collection) => {
    expect(problemsWith(path, id)).toContainEqual({
      code: 'unknownReference',
      path,
      id,
      collection,
    })
  })

  it.each<[Key[], unknown, string]>([
    [['packages', 0, 'reported', 'byTheme'], { amount: '-1', precision: '1' }, 'themes'],
    [['partnership', 'keys', 0, 'reportedShares'], '0.1', 'partners'],
    [['households', 0, 'lines', 0, 'amounts'], '100', 'regimes'],
    [['households', 0, 'reportedDisposable'], '100', 'regimes'],
  ])('refuses a key of %j that is not among the %s', (record, value, collection) => {
    const path = [...record, 'nowhere']
    expect(problemsWith(path, value)).toContainEqual({
      code: 'unknownReference',
      path,
      id: 'nowhere',
      collection,
    })
  })

  it('refuses a household effect on a driver that cannot change a rate', () => {
    const json = vestvagoyJson()
    const drivers = at(json, ['measures', 8, 'drivers']) as unknown as Json[]
    drivers.push({ ...at(json, ['measures', 0, 'drivers', 0]), id: 'staff' })
    at(json, effect).driver = 'staff'
    const result = validateModel(json)
    expect(result.ok ? [] : result.problems).toContainEqual({
      code: 'unknownReference',
      path: [...effect, 'driver'],
      id: 'staff',
      collection: 'drivers',
    })
  })
})
