import { describe, expect, it } from 'vitest'
import { evaluate } from '../../src/model/engine/evaluate'
import { measureJson, minimalModel, staffDriver, validModel } from '../builders/model'

const netByYear = (timing: object | undefined, drivers = [staffDriver('-1', '600000')]) => {
  const model = validModel(
    minimalModel({ measures: [measureJson('A', { drivers, ...(timing && { timing }) })] }),
  )
  const result = evaluate(model, ['A'])
  return {
    years: result.years.map((y) => y.net.toFixed()),
    staff: result.years.map((y) => y.staffYears.toFixed()),
    lasting: result.lasting.net.toFixed(),
  }
}

describe('time profiles', () => {
  it('gives the full effect in every plan year by default, and all of it lasts', () => {
    expect(netByYear(undefined)).toEqual({
      years: ['-600000', '-600000', '-600000', '-600000'],
      staff: ['-1', '-1', '-1', '-1'],
      lasting: '-600000',
    })
  })

  it('gives a part-year effect in the first year, for money and staff-years alike', () => {
    // Starting 1 August: 5 of 12 months is written as its share of the year.
    expect(netByYear({ firstYear: 2026, firstYearShare: '0.4' })).toEqual({
      years: ['0', '-240000', '-600000', '-600000'],
      staff: ['0', '-0.4', '-1', '-1'],
      lasting: '-600000',
    })
  })

  it('stops after the last year, and then nothing of it is lasting', () => {
    expect(netByYear({ firstYear: 2025, lastYear: 2027 })).toEqual({
      years: ['-600000', '-600000', '-600000', '0'],
      staff: ['-1', '-1', '-1', '0'],
      lasting: '0',
    })
  })

  it('puts a one-off cost in its year only and never in the lasting effect', () => {
    const severance = {
      id: 'severance',
      kind: 'oneOff',
      function: '242',
      side: 'expenditure',
      inputs: { amount: '250000', year: '2026' },
    }
    expect(netByYear(undefined, [staffDriver('-1', '600000'), severance])).toEqual({
      years: ['-600000', '-350000', '-600000', '-600000'],
      staff: ['-1', '-1', '-1', '-1'],
      lasting: '-600000',
    })
  })

  it('keeps a one-off in its year even when the measure starts part-way through it', () => {
    const moving = {
      id: 'moving',
      kind: 'oneOff',
      function: '242',
      side: 'expenditure',
      inputs: { amount: '100000', year: '2025' },
    }
    expect(
      netByYear({ firstYear: 2025, firstYearShare: '0.5' }, [staffDriver('-1', '600000'), moving])
        .years,
    ).toEqual(['-200000', '-600000', '-600000', '-600000'])
  })
})
