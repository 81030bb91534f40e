import { describe, expect, it } from 'vitest'
import { evaluate } from '../../../src/model/engine/evaluate'
import { partnershipPercents } from '../../../src/state/derived/partnershipPercents'
import { minimalModel, validModel, vestvagoy } from '../../builders/model'

const model = vestvagoy()
const shares = (maps: Map<string, string>[] | undefined) => maps?.map((m) => Object.fromEntries(m))

describe('the partnership’s split in per cent', () => {
  it('gives each key’s shares to one decimal, adding up to exactly 100,0 %, before and in a year', () => {
    const split = partnershipPercents(evaluate(model, ['A']), 2015)
    // 16,9 + 7 + 1 + 1 heads: the two 3,86 % shares get the last tenths, as the largest remainders.
    expect(shares(split?.before)).toEqual([
      { navNordland: '65.2', vestvagoy: '27.0', flakstad: '3.9', moskenes: '3.9' },
      { navNordland: '75.9', vestvagoy: '24.1', flakstad: '0.0', moskenes: '0.0' },
    ])
    // One manager fewer at NAV Vestvågøy moves the shares.
    expect(shares(split?.after)).toEqual([
      { navNordland: '67.9', vestvagoy: '24.1', flakstad: '4.0', moskenes: '4.0' },
      { navNordland: '78.6', vestvagoy: '21.4', flakstad: '0.0', moskenes: '0.0' },
    ])
  })

  it('shows no shares when the staff-years typed cut more than the unit has', () => {
    const split = partnershipPercents(
      evaluate(model, ['A'], { 'A.staff.staffYearsChange': '-30' }),
      2015,
    )
    expect(split?.after.map((m) => m.size)).toEqual([0, 0])
    expect(split?.before.map((m) => m.size)).toEqual([4, 4])
  })

  it('has nothing for a year outside the plan', () => {
    expect(partnershipPercents(evaluate(model, ['A']), 1999)).toBeNull()
  })

  it('is worked out once per evaluation and year', () => {
    const evaluation = evaluate(model, ['A'])
    expect(partnershipPercents(evaluation, 2016)).toBe(partnershipPercents(evaluation, 2016))
  })
})

describe('a model without a partnership', () => {
  it('has no split to show', () => {
    const plain = validModel(minimalModel())
    expect(partnershipPercents(evaluate(plain, ['A']), 2025)).toBeNull()
  })
})
