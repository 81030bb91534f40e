import { describe, expect, it } from 'vitest'
import type { Driver } from '../../../src/model/drivers/driverKind'
import { refundedSpending } from '../../../src/model/drivers/kinds/refundedSpending'
import { dec } from '../../../src/model/money/decimal'
import { loadDriver } from './loadDriver'

const driver: Driver = { id: 'x', kind: 'refundedSpending', inputs: {}, unit: 'u', function: '252' }

describe('refundedSpending: net = gross × (1 − refund rate)', () => {
  it.each([
    // gross, rate, staff, income, net
    ['-5000000', '0.8', '-5', '4000000', '-1000000'], // D: 5,0 mill gross at 80 % refund
    ['-500000', '0.8', '-0.8', '400000', '-100000'], // P
    ['-5000000', '1', '-5', '5000000', '0'], // full refund: no saving (the rule before 2014)
    ['-5000000', '0', '0', '0', '-5000000'], // no refund
    ['200000', '0.5', '0', '-100000', '100000'], // more spending, half refunded
  ])('gross %s at rate %s: income %s, net %s', (gross, rate, staff, income, net) => {
    const effect = refundedSpending.compute(
      { grossChange: dec(gross), refundRate: dec(rate), staffYearsChange: dec(staff) },
      driver,
    )
    expect(effect.gross.toFixed()).toBe(dec(gross).toFixed())
    expect(effect.income.toFixed()).toBe(income)
    expect(effect.gross.plus(effect.income).toFixed()).toBe(net)
    expect(effect.staffYears.toFixed()).toBe(staff)
  })

  it('changes no staff-years when a file leaves them out', () => {
    expect(
      loadDriver({
        id: 'r',
        kind: 'refundedSpending',
        unit: 'unit',
        function: '242',
        inputs: { grossChange: '-1000000', refundRate: '0.8' },
      }),
    ).toMatchObject({ ok: true, net: '-200000', staffYears: '0' })
  })

  it('refuses a refund rate above 100 %', () => {
    const result = loadDriver({
      id: 'r',
      kind: 'refundedSpending',
      unit: 'unit',
      function: '242',
      inputs: { grossChange: '-1000000', refundRate: '1.2' },
    })
    expect(result).toMatchObject({
      ok: false,
      problems: [{ code: 'badNumber', issue: 'aboveOne' }],
    })
  })
})
