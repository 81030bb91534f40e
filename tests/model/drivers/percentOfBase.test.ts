import { describe, expect, it } from 'vitest'
import type { Driver } from '../../../src/model/drivers/driverKind'
import { percentOfBase } from '../../../src/model/drivers/kinds/percentOfBase'
import { failedCheck } from '../../../src/model/drivers/failedCheck'
import { resolveInputs } from '../../../src/model/drivers/resolveInputs'
import { dec } from '../../../src/model/money/decimal'
import { loadDriver } from './loadDriver'

const driver: Driver = { id: 'p', kind: 'percentOfBase', inputs: {}, function: '281' }

describe('percentOfBase: a relative change, realistic below potential', () => {
  it.each([
    // base, rate, affected, realistic net, potential net
    ['7000000', '-0.1', '3000000', '-300000', '-700000'], // I: realistic 0,3, potential 0,7
    ['1500000', '-0.2', '1500000', '-300000', '-300000'], // J
    ['7000000', '-0.15', '3000000', '-450000', '-1050000'], // I with a deeper cut
  ])('%s × %s on %s: %s, potential %s', (base, rate, affected, net, potential) => {
    const inputs = { base: dec(base), rateChange: dec(rate), affectedBase: dec(affected) }
    const effect = percentOfBase.compute(inputs, driver)
    expect(effect.gross.plus(effect.income).toFixed()).toBe(net)
    expect(effect.potential?.toFixed()).toBe(potential)
    expect(failedCheck(percentOfBase, inputs)).toBeUndefined()
  })

  it('refuses an affected base larger than the base', () => {
    const inputs = { base: dec(100), rateChange: dec('-0.1'), affectedBase: dec(101) }
    expect(failedCheck(percentOfBase, inputs)?.id).toBe('affectedExceedsBase')
  })

  it('applies to the whole base when a file gives no affected base', () => {
    expect(
      loadDriver({
        id: 'p',
        kind: 'percentOfBase',
        function: '242',
        inputs: { base: '2000000', rateChange: '-0.1' },
      }),
    ).toMatchObject({ ok: true, net: '-200000', potential: '-200000' })
  })

  it('refuses a file whose affected base is larger than the base, naming the input', () => {
    const result = loadDriver({
      id: 'p',
      kind: 'percentOfBase',
      function: '242',
      inputs: { base: '100', rateChange: '-0.1', affectedBase: '101' },
    })
    expect(result).toMatchObject({
      ok: false,
      problems: [
        {
          code: 'driverCheck',
          path: ['measures', 0, 'drivers', 0, 'inputs', 'affectedBase'],
          failed: { kind: 'percentOfBase', check: 'affectedExceedsBase' },
        },
      ],
    })
  })
})

describe('how far a rate may fall', () => {
  const file = (rateChange: string) => ({
    id: 'p',
    kind: 'percentOfBase',
    function: '242',
    inputs: { base: '2000000', rateChange },
  })

  it('takes a cut of the whole rate, -100 %, as the whole base saved', () => {
    expect(loadDriver(file('-1'))).toMatchObject({ ok: true, net: '-2000000' })
  })

  it('refuses a cut deeper than the whole rate', () => {
    expect(loadDriver(file('-1.01'))).toMatchObject({
      ok: false,
      problems: [
        {
          code: 'badNumber',
          issue: 'belowMinusOne',
          path: ['measures', 0, 'drivers', 0, 'inputs', 'rateChange'],
        },
      ],
    })
  })
})

describe('percentOfBase: the base where the change takes effect', () => {
  const wholeBase: Driver = {
    id: 'p',
    kind: 'percentOfBase',
    function: '281',
    inputs: { base: '1000', rateChange: '-0.1' },
  }

  it('is the whole base when the file gives none, and its own value when it does', () => {
    expect(resolveInputs(percentOfBase, wholeBase)['affectedBase']?.toFixed()).toBe('1000')
    const given = { ...wholeBase, inputs: { ...wholeBase.inputs, affectedBase: '400' } }
    expect(resolveInputs(percentOfBase, given)['affectedBase']?.toFixed()).toBe('400')
    expect(
      resolveInputs(percentOfBase, wholeBase, { affectedBase: '250' })['affectedBase']?.toFixed(),
    ).toBe('250')
  })
})
