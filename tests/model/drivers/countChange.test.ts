import { describe, expect, it } from 'vitest'
import { loadDriver } from './loadDriver'

const driver = (inputs: Record<string, string>, per: 'month' | 'year' = 'month') => ({
  id: 'recipients',
  kind: 'countChange',
  function: '242',
  per,
  inputs,
})

describe('countChange: a change in a count × an amount per month or year', () => {
  it.each([
    // count, amount, per, refund, gross, income, net
    ['-10', '9500', 'month', undefined, '-1140000', '0', '-1140000'], // 10 fewer × 9 500 kr a month
    ['-10', '9500', 'month', '0.5', '-1140000', '570000', '-570000'], // half of it refunded
    ['3', '250000', 'year', undefined, '750000', '0', '750000'], // 3 more places at 250 000 a year
    ['-2.5', '1000', 'month', '1', '-30000', '30000', '0'], // wholly refunded: nothing saved
  ] as const)(
    '%s × %s per %s, refund %s: gross %s, income %s, net %s',
    (count, amount, per, refund, gross, income, net) => {
      const inputs = {
        countChange: count,
        amountPerCount: amount,
        ...(refund === undefined ? {} : { refundRate: refund }),
      }
      expect(loadDriver(driver(inputs, per))).toMatchObject({ ok: true, gross, income, net })
    },
  )

  it('refuses a file that does not say whether the amount is per month or per year', () => {
    const { per: _per, ...without } = driver({ countChange: '-1', amountPerCount: '100' })
    expect(loadDriver(without)).toMatchObject({
      ok: false,
      problems: [{ code: 'missingField', path: ['measures', 0, 'drivers', 0, 'per'] }],
    })
  })

  it('refuses a negative amount per count and a refund above 100 %', () => {
    expect(loadDriver(driver({ countChange: '-1', amountPerCount: '-100' }))).toMatchObject({
      ok: false,
      problems: [{ code: 'badNumber', issue: 'negative' }],
    })
    expect(
      loadDriver(driver({ countChange: '-1', amountPerCount: '100', refundRate: '1.5' })),
    ).toMatchObject({ ok: false, problems: [{ code: 'badNumber', issue: 'aboveOne' }] })
  })
})
