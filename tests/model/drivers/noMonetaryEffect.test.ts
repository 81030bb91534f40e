import { describe, expect, it } from 'vitest'
import { loadDriver } from './loadDriver'

const driver = (inputs: Record<string, string>) => ({
  id: 'n',
  kind: 'noMonetaryEffect',
  reasonCode: 'visibility',
  reason: 'Synlighet',
  inputs,
})

describe('noMonetaryEffect: shown with its reason, never counted', () => {
  it('counts nothing', () => {
    expect(loadDriver(driver({}))).toMatchObject({
      ok: true,
      net: '0',
      gross: '0',
      income: '0',
      staffYears: '0',
    })
  })

  it('refuses an amount a file tries to give it', () => {
    expect(loadDriver(driver({ amount: '-100000' }))).toMatchObject({
      ok: false,
      problems: [{ code: 'unknownField', path: ['measures', 0, 'drivers', 0, 'inputs', 'amount'] }],
    })
  })
})
