import { describe, expect, it } from 'vitest'
import { evaluate } from '../../../src/model/engine/evaluate'
import { uncertainShare, uncertaintyOf } from '../../../src/state/derived/uncertainty'
import { vestvagoy } from '../../builders/model'

const model = vestvagoy()
const recommended = evaluate(model, model.packages?.[0]?.measures ?? [])
const plain = (year: number | 'lasting') =>
  uncertaintyOf(model, recommended, year).map((s) => [s.level, s.net.toString(), s.measures])

describe('how much of the result rests on uncertain estimates', () => {
  it('groups the chosen measures’ effect by uncertainty, in a plan year and lasting', () => {
    expect(plain(2015)).toEqual([
      ['low', '-1500000', ['A', 'B1', 'C']],
      ['medium', '-4500000', ['D', 'E', 'G', 'H', 'I', 'J', 'K', 'O']],
      ['high', '-700000', ['F', 'N']],
    ])
    // E is time-limited: nothing of it lasts.
    expect(plain('lasting')[1]).toEqual(['medium', '-4100000', ['D', 'G', 'H', 'I', 'J', 'K', 'O']])
  })

  it('is worked out once per evaluation and year', () => {
    expect(uncertaintyOf(model, recommended, 2016)).toBe(uncertaintyOf(model, recommended, 2016))
    expect(uncertaintyOf(model, recommended, 2016)).not.toBe(
      uncertaintyOf(model, recommended, 2017),
    )
  })

  it('gives the share of the lasting saving the source calls highly uncertain', () => {
    // 0,7 of 6,3 mill.
    expect(uncertainShare(model, recommended).toFixed(4)).toBe('0.1111')
    expect(uncertainShare(model, evaluate(model, ['A'])).isZero()).toBe(true)
  })

  it('gives no share when nothing is saved', () => {
    expect(uncertainShare(model, evaluate(model, [])).isZero()).toBe(true)
  })
})
