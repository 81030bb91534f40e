import { describe, expect, it } from 'vitest'
import { evaluate } from '../../src/model/engine/evaluate'
import { measureEffects } from '../../src/model/engine/measureEffects'
import { vestvagoy } from '../builders/model'

const model = vestvagoy()
const annualNet = (id: string, overrides: Record<string, string>) =>
  measureEffects(model, overrides).get(id)?.annual.net.toFixed()

describe('overriding driver inputs', () => {
  it.each([
    ['D', { 'D.groupHomes.refundRate': '0.5' }, '-2500000'],
    ['D', { 'D.groupHomes.grossChange': '-4000000' }, '-800000'],
    ['A', { 'A.staff.costPerStaffYear': '800000' }, '-800000'],
    ['E', { 'E.settlement.ownSharePerPerson': '0' }, '-700000'],
    ['I', { 'I.rates.affectedBase': '7000000' }, '-700000'],
    ['I', { 'I.rates.rateChange': '-0.2' }, '-600000'],
  ])('%s with %j nets %s', (id, overrides, net) => {
    expect(annualNet(id, overrides)).toBe(net)
  })

  it('refuses an unknown key and a bad value, and keeps the file’s value', () => {
    const result = evaluate(model, ['D'], {
      'D.groupHomes.refundRat': '0.5',
      'D.groupHomes.refundRate': '1.5',
    })
    expect(result.problems).toEqual([
      { code: 'unknownOverride', key: 'D.groupHomes.refundRat' },
      { code: 'badOverride', key: 'D.groupHomes.refundRate', issue: 'aboveOne', found: '1.5' },
    ])
    expect(result.measures[0]?.annual.net.toFixed()).toBe('-1000000')
  })

  it('refuses overrides that together break a relation between inputs', () => {
    const result = evaluate(model, ['I'], { 'I.rates.base': '2000000' })
    expect(result.problems).toEqual([
      {
        code: 'badOverride',
        key: 'I.rates.base',
        issue: 'breaksCheck',
        found: '2000000',
        failed: { kind: 'percentOfBase', check: 'affectedExceedsBase' },
      },
    ])
    expect(result.measures[0]?.annual.net.toFixed()).toBe('-300000')
  })
})
