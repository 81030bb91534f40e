import { describe, expect, it } from 'vitest'
import { noMonetaryEffect } from '../../../src/model/drivers/noMonetaryEffect'

describe('noMonetaryEffect: shown with its reason, never counted', () => {
  it('has no inputs and no effect', () => {
    const effect = noMonetaryEffect.compute(
      {},
      {
        id: 'n',
        kind: 'noMonetaryEffect',
        inputs: {},
        reasonCode: 'visibility',
        reason: 'Synlighet',
      },
    )
    expect(Object.keys(noMonetaryEffect.inputs)).toEqual([])
    expect([effect.gross, effect.income, effect.staffYears].every((d) => d.isZero())).toBe(true)
  })
})
