import { describe, expect, it } from 'vitest'
import type { Driver } from '../../../src/model/drivers/driverKind'
import { settlement } from '../../../src/model/drivers/kinds/settlement'
import { dec } from '../../../src/model/money/decimal'

const driver: Driver = {
  id: 's',
  kind: 'settlement',
  inputs: {},
  function: '252',
  incomeFunction: '850',
}

describe('settlement: settled persons × (grant − own share)', () => {
  it.each([
    // persons, grant, own share, gross, income, net
    ['2', '350000', '150000', '300000', '-700000', '-400000'], // E
    ['-5', '200000', '0', '0', '1000000', '1000000'], // the grant B2 and B3 lose
    ['0', '350000', '150000', '0', '0', '0'],
  ])('%s persons at %s grant, %s own share', (persons, grant, ownShare, gross, income, net) => {
    const effect = settlement.compute(
      { settledChange: dec(persons), grantPerPerson: dec(grant), ownSharePerPerson: dec(ownShare) },
      driver,
    )
    expect(effect.gross.toFixed()).toBe(gross)
    expect(effect.income.toFixed()).toBe(income)
    expect(effect.gross.plus(effect.income).toFixed()).toBe(net)
  })
})
