import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { allocate } from '../../../src/model/money/allocate'
import { dec, sum } from '../../../src/model/money/decimal'
import { propertyRuns } from '../../builders/fastCheck'

describe('allocate by largest remainder', () => {
  it('shows the partnership shares as 65,2 + 27,0 + 3,9 + 3,9 = 100,0 %', () => {
    const parts = allocate({
      total: dec(100),
      weights: ['16.9', '7', '1', '1'].map(dec),
      step: dec('0.1'),
    })
    expect(parts.map((p) => p.toFixed(1))).toEqual(['65.2', '27.0', '3.9', '3.9'])
  })

  it('always gives parts that sum to the whole, each within one step of its exact share', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 12 })
          .filter((w) => w.some((x) => x > 0)),
        fc.integer({ min: 0, max: 100_000_000 }),
        (weights, total) => {
          const parts = allocate({ total: dec(total), weights: weights.map(dec), step: dec(1) })
          expect(sum(parts).equals(dec(total))).toBe(true)
          const weightSum = weights.reduce((a, b) => a + b, 0)
          parts.forEach((part, i) => {
            const exact = dec(total)
              .times(weights[i] ?? 0)
              .dividedBy(weightSum)
            expect(part.minus(exact).abs().lt(1)).toBe(true)
          })
        },
      ),
      propertyRuns(300),
    )
  })

  it('refuses weights it cannot split by', () => {
    expect(() => allocate({ total: dec(10), weights: [dec(0)], step: dec(1) })).toThrow(
      new RangeError('allocate: weights must be non-negative with a positive sum'),
    )
    expect(() => allocate({ total: dec('10.5'), weights: [dec(1)], step: dec(1) })).toThrow(
      new RangeError('allocate: total must be a non-negative multiple of step'),
    )
  })

  it('refuses a negative weight even when the weights sum to more than zero', () => {
    expect(() => allocate({ total: dec(10), weights: [dec(3), dec('-1')], step: dec(1) })).toThrow(
      RangeError,
    )
  })

  it('gives a step left over by equal shares to the earliest line, the same every time', () => {
    const parts = allocate({ total: dec(2), weights: [1, 1, 1, 1, 1].map(dec), step: dec(1) })
    expect(parts.map(String)).toEqual(['1', '1', '0', '0', '0'])
  })
})
