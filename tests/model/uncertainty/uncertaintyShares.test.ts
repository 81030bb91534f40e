import { describe, expect, it } from 'vitest'
import { evaluate } from '../../../src/model/engine/evaluate'
import { uncertaintyShares } from '../../../src/model/engine/uncertainty'
import { vestvagoy } from '../../builders/model'

describe('how much rests on uncertain estimates', () => {
  it('groups the recommended package’s 2015 effect by uncertainty level', () => {
    const model = vestvagoy()
    const result = evaluate(model, model.packages?.[0]?.measures ?? [])
    const shares = uncertaintyShares(model.measures, result.measures, (m) => m.byYear['2015'])
    expect(shares.map((s) => [s.level, s.net.toFixed(), s.measures])).toEqual([
      ['low', '-1500000', ['A', 'B1', 'C']],
      ['medium', '-4500000', ['D', 'E', 'G', 'H', 'I', 'J', 'K', 'O']],
      ['high', '-700000', ['F', 'N']],
    ])
  })
})
