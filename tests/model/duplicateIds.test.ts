import { describe, expect, it } from 'vitest'
import { validateModel } from '../../src/model/load/validateModel'
import type { Problem } from '../../src/model/problems'
import { vestvagoyJson } from '../builders/model'

type Key = string | number
type Node = Record<Key, unknown>

/** Vestvågøy's problems once the second entry of the list at `list` takes the first one's id. */
function problemsWithSecondAsFirst(
  list: Key[],
  field = 'id',
): { id: unknown; problems: Problem[] } {
  const json = vestvagoyJson()
  const items = list.reduce<Node>((node, key) => node[key] as Node, json) as unknown as Node[]
  const id = items[0]![field]
  items[1]![field] = id
  const result = validateModel(json)
  return { id, problems: result.ok ? [] : result.problems }
}

// Ids are what rules, packages, scenarios and links refer to: one id naming two things would make
// a saved choice mean something else. The second use is the one reported, where the user added it.
describe('ids named twice in a model file', () => {
  it.each<Key[][]>([
    [['themes']],
    [['units']],
    [['units', 0, 'teams']],
    [['measures']],
    [['measures', 15, 'drivers']],
    [['rules']],
    [['accounts']],
    [['grants', 'lines']],
    [['partnership', 'partners']],
    [['partnership', 'keys']],
    [['settlement', 'categories']],
    [['benefitRates']],
    [['households']],
    [['households', 0, 'regimes']],
    [['households', 0, 'lines']],
  ])('refuses a repeated id in %j, at its second use', (list) => {
    const { id, problems } = problemsWithSecondAsFirst(list)
    expect(problems).toContainEqual({ code: 'duplicateId', path: [...list, 1, 'id'], id })
  })

  it('refuses a KOSTRA function named twice for the same years', () => {
    const { id, problems } = problemsWithSecondAsFirst(['kostraFunctions'], 'code')
    expect(problems).toContainEqual({
      code: 'duplicateId',
      path: ['kostraFunctions', 1, 'code'],
      id,
    })
  })
})
