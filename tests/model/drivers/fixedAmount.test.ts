import { describe, expect, it } from 'vitest'
import type { Driver } from '../../../src/model/drivers/driverKind'
import { fixedAmount } from '../../../src/model/drivers/kinds/fixedAmount'
import { dec } from '../../../src/model/money/decimal'

const on = (side: 'expenditure' | 'income'): Driver => ({
  id: 'f',
  kind: 'fixedAmount',
  inputs: {},
  function: '281',
  side,
})

describe('fixedAmount: an amount the source estimates, as expense or income', () => {
  it('books an expense cut as lower gross expenditure (F, G, H, K, O)', () => {
    const effect = fixedAmount.compute({ amount: dec('-700000') }, on('expenditure'))
    expect(effect.gross.toFixed()).toBe('-700000')
    expect(effect.income.isZero()).toBe(true)
  })

  it('books extra income as negative income (N: merinntekt)', () => {
    const effect = fixedAmount.compute({ amount: dec('-400000') }, on('income'))
    expect(effect.gross.isZero()).toBe(true)
    expect(effect.income.toFixed()).toBe('-400000')
  })
})
