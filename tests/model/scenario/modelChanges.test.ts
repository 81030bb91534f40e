import { describe, expect, it } from 'vitest'
import { modelChanges } from '../../../src/model/scenario/modelChanges'
import { measureJson, minimalModel, staffDriver, validModel } from '../../builders/model'

const model = (extra: Record<string, unknown> = {}) => validModel(minimalModel(extra))
const measures = (...list: Record<string, unknown>[]) => ({ measures: list })

describe('what changed between the version a scenario was made on and the one it opens on', () => {
  it('finds nothing between a model and itself', () => {
    expect(modelChanges(model(), model())).toEqual({
      added: [],
      removed: [],
      inputs: [],
      otherwise: [],
      target: null,
      targetByYear: false,
      planYears: null,
    })
  })

  it('names the measures added and removed', () => {
    const changes = modelChanges(
      model(measures(measureJson('A'), measureJson('X3'))),
      model(measures(measureJson('A'), measureJson('B'))),
    )
    expect(changes.added).toEqual([{ id: 'B', title: 'Tiltak B' }])
    expect(changes.removed).toEqual([{ id: 'X3', title: 'Tiltak X3' }])
    expect(changes.inputs).toEqual([])
    expect(changes.otherwise).toEqual([])
  })

  it.each([
    [
      'a value changed',
      staffDriver('-1', '600000'),
      staffDriver('-1', '650000'),
      '600000',
      '650000',
    ],
    ['a value restated', staffDriver('-1', '600000'), staffDriver('-1', '600000.00'), null, null],
  ])('lists a driver input with its old and new value: %s', (_, before, after, from, to) => {
    const changes = modelChanges(
      model(measures(measureJson('D', { drivers: [before] }))),
      model(measures(measureJson('D', { drivers: [after] }))),
    )
    expect(changes.inputs).toEqual(
      from === null
        ? []
        : [{ measure: 'D', driver: 'staff', input: 'costPerStaffYear', type: 'amount', from, to }],
    )
    expect(changes.otherwise).toEqual([])
  })

  it('says a measure changed otherwise when its timing or drivers change, not only its inputs', () => {
    const changes = modelChanges(
      model(measures(measureJson('D'))),
      model(
        measures(measureJson('D', { drivers: [staffDriver(), { ...staffDriver(), id: 'more' }] })),
      ),
    )
    expect(changes.otherwise).toEqual([{ id: 'D', title: 'Tiltak D' }])
    expect(changes.inputs).toEqual([])
  })

  it('names a changed lasting target, targets per year and plan years', () => {
    const changes = modelChanges(
      model(),
      model({
        target: { lasting: '1500000', text: 'Varig', byYear: { '2025': '500000' } },
        planYears: [2025, 2026, 2027],
      }),
    )
    expect(changes.target).toEqual({ from: '1000000', to: '1500000' })
    expect(changes.targetByYear).toBe(true)
    expect(changes.planYears).toEqual({ from: [2025, 2026, 2027, 2028], to: [2025, 2026, 2027] })
  })

  it('does not call the same target written another way a change', () => {
    const changes = modelChanges(
      model(),
      model({ target: { lasting: '1000000.0', text: 'Varig innsparing' } }),
    )
    expect(changes.target).toBeNull()
  })
})
