import { describe, expect, it } from 'vitest'
import type { Driver } from '../../../src/model/drivers/driverKind'
import { staffYears } from '../../../src/model/drivers/kinds/staffYears'
import { dec } from '../../../src/model/money/decimal'
import { loadDriver } from './loadDriver'

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

  const file = (extra: Record<string, unknown>) => ({
    id: 'staff',
    kind: 'staffYears',
    unit: 'unit',
    function: '242',
    inputs: { staffYearsChange: '-1', costPerStaffYear: '600000' },
    ...extra,
  })

  it.each([
    ['no unit', { unit: undefined }, 'missingField', ['unit']],
    ['no KOSTRA function', { function: undefined }, 'missingField', ['function']],
    // An input without a default cannot be left out: there is nothing to count with.
    [
      'no cost per staff-year',
      { inputs: { staffYearsChange: '-1' } },
      'missingField',
      ['inputs', 'costPerStaffYear'],
    ],
    // A bad code is said once, where it is.
    ['a KOSTRA function of two digits', { function: '24' }, 'badText', ['function']],
  ])('refuses a file with %s', (_, extra, code, at) => {
    const driver = JSON.parse(JSON.stringify(file(extra))) as Record<string, unknown>
    expect(loadDriver(driver)).toMatchObject({
      ok: false,
      problems: [{ code, path: ['measures', 0, 'drivers', 0, ...at] }],
    })
  })

  it('refuses a negative cost per staff-year', () => {
    expect(
      loadDriver(file({ inputs: { staffYearsChange: '-1', costPerStaffYear: '-600000' } })),
    ).toMatchObject({ ok: false, problems: [{ code: 'badNumber', issue: 'negative' }] })
  })

  it('is counted on the unit it names', () => {
    expect(loadDriver(file({}))).toMatchObject({ ok: true, net: '-600000', staffYears: '-1' })
  })
})
