import { describe, expect, it } from 'vitest'
import { dec } from '../../src/model/money/decimal'
import { measurePreview } from '../../src/state/measurePreview'
import { measureJson, minimalModel, staffDriver, type Json } from '../builders/model'

/** A model whose measure A saves `amount` a year through one staff driver, with this timing. */
const withTiming = (timing: Json | undefined, cost = '600000', extra: Json = {}) =>
  minimalModel({
    measures: [
      measureJson('A', {
        drivers: [staffDriver('-1', cost)],
        ...(timing && { timing }),
        ...extra,
      }),
    ],
  })

const nets = (file: Json, id = 'A') => {
  const preview = measurePreview(file, id)
  if (!preview.ok) throw new Error(JSON.stringify(preview))
  return { years: preview.years.map((y) => y.net), lasting: preview.lasting }
}

describe('the preview of a measure being edited', () => {
  it('gives the full effect every plan year and for good without timing', () => {
    expect(nets(withTiming(undefined))).toEqual({
      years: ['-600000', '-600000', '-600000', '-600000'],
      lasting: '-600000',
    })
  })

  it.each([
    ['600000', '-250000'],
    ['1200000', '-500000'],
    ['999999.99', '-416666.6625'],
  ])('gives exactly 5/12 of %s kr the first year of a start in August', (cost, first) => {
    const { years, lasting } = nets(withTiming({ firstYear: 2025, firstMonth: 8 }, cost))
    expect(years[0]).toBe(first)
    expect(dec(years[0]!).times(12).equals(dec(cost).times(-5))).toBe(true)
    expect(years.slice(1)).toEqual([`-${cost}`, `-${cost}`, `-${cost}`])
    expect(lasting).toBe(`-${cost}`)
  })

  it('carries a third of a krone to far below the krone, never rounding it away', () => {
    const { years } = nets(withTiming({ firstYear: 2025, firstMonth: 8 }, '1000000'))
    // 5 000 000 / 12 = 416 666,666…; the krone shown is 416 667
    expect(dec(years[0]!).toDecimalPlaces(0).toString()).toBe('-416667')
    expect(dec(years[0]!).times(12).plus(5_000_000).abs().lt('1e-30')).toBe(true)
  })

  it('stops a time-limited measure after its last year and leaves nothing lasting', () => {
    expect(nets(withTiming({ firstYear: 2026, lastYear: 2027 }))).toEqual({
      years: ['0', '-600000', '-600000', '0'],
      lasting: '0',
    })
  })

  it('phases a measure in: 50 % the first full year, then 100 %', () => {
    expect(nets(withTiming({ firstYear: 2025, firstMonth: 7, phaseIn: ['0.5', '1'] }))).toEqual({
      years: ['-300000', '-300000', '-600000', '-600000'],
      lasting: '-600000',
    })
  })

  it('counts 10 fewer recipients × 9 500 kr a month as −1 140 000 a year', () => {
    const file = withTiming(undefined, undefined, {
      drivers: [
        {
          id: 'count',
          kind: 'countChange',
          function: '242',
          per: 'month',
          inputs: { countChange: '-10', amountPerCount: '9500' },
        },
      ],
    })
    expect(nets(file).years).toEqual(['-1140000', '-1140000', '-1140000', '-1140000'])
  })

  it('shows one measure while another has errors, and a rule names measures left out', () => {
    const file = minimalModel({
      measures: [measureJson('A'), measureJson('B', { drivers: [staffDriver('-1', 'mange')] })],
      rules: [{ kind: 'alternatives', id: 'r', measures: ['A', 'B'], reason: 'Enten eller' }],
    })
    expect(nets(file).lasting).toBe('-600000')
    const broken = measurePreview(file, 'B')
    expect(broken.ok).toBe(false)
    // The problem points at B's own field in the draft, where the editor's link goes.
    expect(!broken.ok && 'problems' in broken && broken.problems[0]).toMatchObject({
      code: 'badNumber',
      path: ['measures', 1, 'drivers', 0, 'inputs', 'costPerStaffYear'],
    })
  })

  it('says so for a measure the draft does not have', () => {
    expect(measurePreview(minimalModel(), 'Z')).toEqual({ ok: false, missing: true })
  })

  it('leaves out packages naming measures, and points a baseline problem at its own place', () => {
    const file = minimalModel({
      measures: [measureJson('A'), measureJson('B')],
      packages: [{ id: 'p', title: 'Pakke', description: 'Begge', measures: ['A', 'B'] }],
    })
    expect(nets(file, 'B').lasting).toBe('-600000')
    const broken = measurePreview({ ...file, planYears: ['neste', 2026, 2027, 2028] }, 'B')
    expect(!broken.ok && 'problems' in broken && broken.problems[0]).toMatchObject({
      path: ['planYears', 0],
    })
  })

  it('says a measure lasting to the end of the plan is not time-limited', () => {
    const preview = measurePreview(withTiming({ firstYear: 2026 }), 'A')
    expect(preview).toMatchObject({ ok: true, temporary: false, lasting: '-600000' })
    expect(measurePreview(withTiming({ firstYear: 2026, lastYear: 2027 }), 'A')).toMatchObject({
      temporary: true,
    })
    expect(preview.ok && preview.years.map((y) => y.year)).toEqual([2025, 2026, 2027, 2028])
  })
})
