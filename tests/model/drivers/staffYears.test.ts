import { describe, expect, it } from 'vitest'
import type { Driver } from '../../../src/model/drivers/driverKind'
import { staffYears } from '../../../src/model/drivers/staffYears'
import { dec } from '../../../src/model/money/decimal'

const driver: Driver = { id: 'staff', kind: 'staffYears', inputs: {}, unit: 'nav', function: '242' }

describe('staffYears: staff-year change × cost per staff-year', () => {
  it.each([
    // change, cost, gross (= net)
    ['-1', '750000', '-750000'], // A
    ['-1', '650000', '-650000'], // B1
    ['-0.2', '500000', '-100000'], // C
    ['0.5', '700000', '350000'], // V adds staff
    ['0', '700000', '0'],
  ])('%s staff-years at %s costs %s', (change, cost, gross) => {
    const effect = staffYears.compute(
      { staffYearsChange: dec(change), costPerStaffYear: dec(cost) },
      driver,
    )
    expect(effect.gross.toFixed()).toBe(gross)
    expect(effect.income.isZero()).toBe(true)
    expect(effect.staffYears.toFixed()).toBe(change)
  })

  it('needs a unit and a KOSTRA function, and a cost that is not negative', () => {
    expect(staffYears.needs).toEqual(['unit', 'function'])
    expect(staffYears.inputs.costPerStaffYear.nonNegative).toBe(true)
  })
})
