import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { propertyRuns } from '../builders/fastCheck'
import { evaluate } from '../../src/model/engine/evaluate'
import { validateModel } from '../../src/model/load/validateModel'
import { roundToPlaces } from '../../src/model/money/rounding'
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

  it('gives the months from the first month on in the first year, for money and staff-years', () => {
    // From 1 August: 5 of 12 months.
    expect(netByYear({ firstYear: 2026, firstMonth: 8 })).toEqual({
      years: ['0', '-250000', '-600000', '-600000'],
      staff: ['0', '-0.4166666666666666666666666666666666666667', '-1', '-1'],
      lasting: '-600000',
    })
  })

  it('counts a start in January as the whole year', () => {
    expect(netByYear({ firstYear: 2026, firstMonth: 1 }).years).toEqual([
      '0',
      '-600000',
      '-600000',
      '-600000',
    ])
  })

  it('begins the phase-in in the first year when the measure starts in January', () => {
    // 2026 is a full year from 1 January: the phase-in's first share is for it, not for 2027.
    expect(netByYear({ firstYear: 2026, firstMonth: 1, phaseIn: ['0.5'] }).years).toEqual([
      '0',
      '-300000',
      '-600000',
      '-600000',
    ])
  })

  it('still reads a first-year share a file gives instead of a month', () => {
    expect(netByYear({ firstYear: 2026, firstYearShare: '0.4' }).years).toEqual([
      '0',
      '-240000',
      '-600000',
      '-600000',
    ])
  })

  it('phases the effect in over the first full years, and all of it lasts', () => {
    expect(netByYear({ firstYear: 2025, phaseIn: ['0.5', '0.75'] })).toEqual({
      years: ['-300000', '-450000', '-600000', '-600000'],
      staff: ['-0.5', '-0.75', '-1', '-1'],
      lasting: '-600000',
    })
  })

  it('phases in after a part first year, and stops after the last year', () => {
    expect(
      netByYear({ firstYear: 2025, firstMonth: 10, phaseIn: ['0.5'], lastYear: 2027 }),
    ).toEqual({
      years: ['-150000', '-300000', '-600000', '0'],
      staff: ['-0.25', '-0.5', '-1', '0'],
      lasting: '0',
    })
  })

  it('refuses a file that gives both a first month and a first-year share', () => {
    const result = validateModel(
      minimalModel({
        measures: [measureJson('A', { timing: { firstMonth: 8, firstYearShare: '0.4' } })],
      }),
    )
    expect(result.ok).toBe(false)
    expect(!result.ok && result.problems).toContainEqual(
      expect.objectContaining({ code: 'eitherField' }),
    )
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
      netByYear({ firstYear: 2025, firstMonth: 7 }, [staffDriver('-1', '600000'), moving]).years,
    ).toEqual(['-200000', '-600000', '-600000', '-600000'])
  })
})

describe('a start in any month', () => {
  const ofAmount = (cost: string, firstMonth: number) => {
    const model = validModel(
      minimalModel({
        measures: [
          measureJson('A', {
            timing: { firstYear: 2025, firstMonth },
            drivers: [staffDriver('-1', cost)],
          }),
        ],
      }),
    )
    const result = evaluate(model, ['A'])
    return { first: result.years[0]!.net, whole: result.years[1]!.net }
  }

  test.prop(
    [
      fc.bigInt({ min: 0n, max: 10n ** 18n - 1n }),
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 1, max: 12 }),
    ],
    propertyRuns(300),
  )('gives exactly (13 − month) / 12 of the full-year effect, to the krone', (kr, ore, month) => {
    const cost = `${kr}.${String(ore).padStart(2, '0')}`
    const { first, whole } = ofAmount(cost, month)
    const months = 13 - month
    const exact = whole.times(months).dividedBy(12)
    // Shown to the krone under the display policy, the two are the same figure.
    expect(roundToPlaces(first, 0).equals(roundToPlaces(exact, 0))).toBe(true)
    expect(first.times(12).minus(whole.times(months)).abs().lt('1e-38')).toBe(true)
  })

  it('gives exactly 5/12 from 1 August, even where the twelfth has no end', () => {
    const { first } = ofAmount('100000', 8)
    expect(first.toFixed(2)).toBe('-41666.67')
  })
})
