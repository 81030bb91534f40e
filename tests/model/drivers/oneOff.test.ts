import { describe, expect, it } from 'vitest'
import type { Driver } from '../../../src/model/drivers/driverKind'
import { oneOff } from '../../../src/model/drivers/kinds/oneOff'
import { dec } from '../../../src/model/money/decimal'

const driver: Driver = { id: 'o', kind: 'oneOff', inputs: {}, function: '242', side: 'expenditure' }

describe('oneOff: a cost or income in one year only', () => {
  it('gives its amount and the one year it falls in', () => {
    const effect = oneOff.compute({ amount: dec('250000'), year: dec(2015) }, driver)
    expect(effect.gross.toFixed()).toBe('250000')
    expect(effect.onlyInYear).toBe(2015)
    expect(effect.income.isZero()).toBe(true)
  })

  it('gives an income on the income side, and no cost', () => {
    const effect = oneOff.compute(
      { amount: dec('80000'), year: dec(2016) },
      {
        ...driver,
        side: 'income',
      },
    )
    expect(effect.income.toFixed()).toBe('80000')
    expect(effect.gross.isZero()).toBe(true)
  })
})
