import { describe, expect, it } from 'vitest'
import { measureEffects } from '../../../src/model/engine/measureEffects'
import { changedInputs } from '../../../src/model/scenario/changedInputs'
import { measureBases } from '../../../src/model/scenario/measureBases'
import { minimalModel, validModel, vestvagoy } from '../../builders/model'

const model = vestvagoy()
const changes = (overrides: Record<string, string>) =>
  changedInputs(model, overrides).map((c) => [c.key, c.type, c.file, c.used])

describe('the inputs a scenario changes from the model file', () => {
  it('lists each changed input with the file’s value and the value used, in the model’s order', () => {
    expect(
      changes({
        'I.rates.rateChange': '-0.15',
        'D.groupHomes.refundRate': '0.9',
        'A.staff.costPerStaffYear': '800000',
      }),
    ).toEqual([
      ['A.staff.costPerStaffYear', 'amount', '750000', '800000'],
      ['D.groupHomes.refundRate', 'rate', '0.8', '0.9'],
      ['I.rates.rateChange', 'rateChange', '-0.1', '-0.15'],
    ])
  })

  it('compares with the default an input the file leaves out', () => {
    expect(changes({ 'J.waiting.affectedBase': '1000000' })).toEqual([
      ['J.waiting.affectedBase', 'amount', '1500000', '1000000'],
    ])
  })

  it('does not count an override that restates the file’s value', () => {
    expect(
      changes({ 'D.groupHomes.refundRate': '0.80', 'A.staff.costPerStaffYear': '750000' }),
    ).toEqual([])
  })

  it('does not count overrides the engine refuses: unknown, invalid, or breaking a relation', () => {
    expect(
      changes({
        'D.groupHomes.refundRat': '0.5',
        'D.groupHomes.refundRate': '1.5',
        'I.rates.base': '2000000',
        'constructor.x.y': '1',
      }),
    ).toEqual([])
  })
})

describe('what a measure’s figures rest on', () => {
  const bases = (overrides: Record<string, string>) =>
    measureBases(model, changedInputs(model, overrides), measureEffects(model, overrides))

  it('names a measure on changed inputs, and the report’s figure where it no longer holds', () => {
    const basis = bases({ 'D.groupHomes.refundRate': '0.9' }).get('D')
    expect(basis?.changed.map((c) => c.key)).toEqual(['D.groupHomes.refundRate'])
    expect(basis?.reportedNoLongerHolds?.reported.toFixed()).toBe('-1000000')
    expect(basis?.reportedNoLongerHolds?.computed.toFixed()).toBe('-500000')
  })

  it('keeps the report’s figure where the changed inputs still round to it', () => {
    // 750 400 kr rounds to the printed 750 000 at the step of 1000 kr it was printed with
    const basis = bases({ 'A.staff.costPerStaffYear': '750400' }).get('A')
    expect(basis?.changed).toHaveLength(1)
    expect(basis?.reportedNoLongerHolds).toBeNull()
  })

  it('marks a measure the source prints no figure for, with no figure to contradict', () => {
    const plain = validModel(minimalModel())
    const overrides = { 'A.staff.costPerStaffYear': '700000' }
    const basis = measureBases(
      plain,
      changedInputs(plain, overrides),
      measureEffects(plain, overrides),
    ).get('A')
    expect(basis?.changed.map((c) => c.used)).toEqual(['700000'])
    expect(basis?.reportedNoLongerHolds).toBeNull()
  })

  it('leaves out every measure on the file’s inputs', () => {
    expect([...bases({ 'D.groupHomes.refundRate': '0.9' }).keys()]).toEqual(['D'])
    expect(bases({}).size).toBe(0)
  })
})
