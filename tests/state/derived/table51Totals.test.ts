import { describe, expect, it } from 'vitest'
import { evaluate } from '../../../src/model/engine/evaluate'
import { resultsById, table51Totals } from '../../../src/state/derived/table51Totals'
import { vestvagoy } from '../../builders/model'

const model = vestvagoy()
const recommended = model.packages?.[0]?.measures ?? []
const rows = (selection: readonly string[], overrides = {}) =>
  table51Totals(evaluate(model, selection, overrides), 0).map((r) => [
    r.key,
    r.label,
    r.value.toString(),
  ])

describe('the lines under table 5.1', () => {
  it('shows the lasting change apart from the total when a time-limited measure makes them differ', () => {
    // E is a grant for a limited time: 0,4 mill. in the plan years, nothing lasting.
    expect(rows(recommended)).toEqual([
      ['total', 'total', '-6700000'],
      ['lasting', 'lasting', '-6300000'],
      ['target', 'target', '-6500000'],
      ['gap', 'short', '200000'],
    ])
  })

  it('leaves the lasting line out when it equals the total', () => {
    expect(rows(['A', 'D'])).toEqual([
      ['total', 'total', '-1750000'],
      ['target', 'target', '-6500000'],
      ['gap', 'short', '4750000'],
    ])
  })

  it('says by how much the target is passed, as a positive amount', () => {
    // A manager's post at 2 mill. instead of 0,75 mill. lifts the lasting saving to 7,55 mill.
    expect(rows(recommended, { 'A.staff.costPerStaffYear': '2000000' }).at(-1)).toEqual([
      'gap',
      'over',
      '1050000',
    ])
  })

  it('is worked out once per evaluation: every part showing it gets the same rows', () => {
    const evaluation = evaluate(model, ['A'])
    expect(table51Totals(evaluation, 0)).toBe(table51Totals(evaluation, 0))
    expect(table51Totals(evaluate(model, ['A']), 0)).not.toBe(table51Totals(evaluation, 0))
  })

  it('finds each chosen measure’s result by its id', () => {
    const byId = resultsById(evaluate(model, ['A', 'D']), 0)
    expect([...byId.keys()]).toEqual(['A', 'D'])
    expect(byId.get('D')?.annual.net.toString()).toBe('-1000000')
  })
})
