import { beforeAll, describe, expect, it } from 'vitest'
import { evaluate } from '../../src/model/engine/evaluate'
import { measureEffects } from '../../src/model/engine/measureEffects'
import type { Evaluation, PartnershipSplit } from '../../src/model/engine/types'
import type { ValidModel } from '../../src/model/load/validModel'
import { validModel, vestvagoy, vestvagoyJson } from '../builders/model'

let model: ValidModel
const recommended = () => model.packages?.find((p) => p.id === 'recommended')?.measures ?? []
const alone = (id: string) => {
  const result = measureEffects(model).get(id)
  if (!result) throw new Error(`no result for ${id}`)
  return result
}

beforeAll(() => {
  model = vestvagoy()
})

describe('table 5.1 of the Vestvågøy report, reproduced from the drivers', () => {
  it.each([
    // id, net effect per year in NOK, staff-years
    ['A', '-750000', '-1'],
    ['B1', '-650000', '-1'],
    ['C', '-100000', '-0.2'],
    ['D', '-1000000', '-5'],
    ['E', '-400000', '0'],
    ['F', '-300000', '0'],
    ['G', '-500000', '0'],
    ['H', '-1000000', '0'],
    ['I', '-300000', '0'],
    ['J', '-300000', '0'],
    ['K', '-300000', '0'],
    ['L', '0', '0'],
    ['M', '0', '0'],
    ['N', '-400000', '0'],
    ['O', '-700000', '0'],
  ])('%s: %s kr, %s staff-years', (id, net, staffYears) => {
    const result = alone(id)
    expect(result.byYear['2015']?.net.toFixed()).toBe(net)
    expect(result.annual.staffYears.toFixed()).toBe(staffYears)
  })

  it('sums to 6,7 mill. in 2015 with 7,2 staff-years less', () => {
    const year = evaluate(model, recommended()).years[0]
    expect(year?.year).toBe(2015)
    expect(year?.net.toFixed()).toBe('-6700000')
    expect(year?.staffYears.toFixed()).toBe('-7.2')
  })

  it.each([
    // the groups of section 1.3
    ['organisation', ['A', 'B1', 'C'], '-1500000'],
    ['groupHomes', ['D', 'E'], '-1400000'],
    ['housing', ['F', 'K'], '-600000'],
    ['benefits', ['G', 'H', 'I', 'J'], '-2100000'],
    ['refundsAndTender', ['N', 'O'], '-1100000'],
  ])('group %s (%s) comes to %s kr', (theme, ids, net) => {
    const year2015 = evaluate(model, recommended()).years[0]
    expect(year2015?.byTheme[theme]?.toFixed()).toBe(net)
    expect(
      model.measures
        .filter((m) => m.theme === theme && recommended().includes(m.id))
        .map((m) => m.id),
    ).toEqual(expect.arrayContaining(ids))
  })
})

describe('the derivations behind the figures', () => {
  it('D: 5,0 mill. less gross spending loses 80 % refund, so the net saving is 1,0 mill.', () => {
    const d = alone('D').annual
    expect([d.gross, d.income, d.net].map((x) => x.toFixed())).toEqual([
      '-5000000',
      '4000000',
      '-1000000',
    ])
  })

  it('E: 2 more settled at 0,35 mill. grant less own share gives 0,4 mill., in 2015–2017 only', () => {
    const e = alone('E')
    expect(e.annual.income.toFixed()).toBe('-700000')
    expect(e.annual.net.toFixed()).toBe('-400000')
    expect(Object.values(e.byYear).map((f) => f.net.toFixed())).toEqual([
      '-400000',
      '-400000',
      '-400000',
      '0',
    ])
    expect(e.temporary).toBe(true)
    expect(e.lasting.net.isZero()).toBe(true)
  })

  it('I: 10 % lower rates on 7,0 mill. is a potential 0,7 mill., of which 0,3 is realistic', () => {
    const i = alone('I')
    expect(i.annual.net.toFixed()).toBe('-300000')
    expect(i.potential?.toFixed()).toBe('-700000')
  })

  it.each([
    // id, staffing, lost grant, net, as the report prints it (one decimal in mill.)
    ['B2', '-1950000', '1000000', '-950000', '-1.0'],
    ['B3', '-1300000', '1000000', '-300000', '-0.3'],
  ])(
    '%s: staffing %s, lost grant %s, net %s (printed %s mill.)',
    (id, gross, income, net, printed) => {
      const result = alone(id).annual
      expect(result.gross.toFixed()).toBe(gross)
      expect(result.income.toFixed()).toBe(income)
      expect(result.net.toFixed()).toBe(net)
      expect(result.net.dividedBy(1_000_000).toDecimalPlaces(1, 4).toFixed(1)).toBe(printed)
    },
  )

  it('P: 0,8 staff-years at 0,5 mill. gross with 80 % refund saves 0,1 mill.', () => {
    const p = alone('P').annual
    expect([p.gross, p.income, p.net, p.staffYears].map((x) => x.toFixed())).toEqual([
      '-500000',
      '400000',
      '-100000',
      '-0.8',
    ])
  })
})

describe('the lasting effect against the 6,5 mill. target', () => {
  let result: Evaluation
  beforeAll(() => {
    result = evaluate(model, recommended())
  })

  it('is 6,3 mill.: E ends in 2017, so the package misses the lasting target by 0,2 mill.', () => {
    expect(result.target.toFixed()).toBe('6500000')
    expect(result.lasting.net.toFixed()).toBe('-6300000')
    expect(result.lasting.gap.toFixed()).toBe('200000')
    expect(result.lasting.meetsTarget).toBe(false)
    expect(result.years.map((y) => y.meetsTarget)).toEqual([true, true, true, false])
  })

  it('warns that the target is met only while the time-limited measure lasts', () => {
    expect(result.problems).toEqual([
      { code: 'targetMetOnlyWhileTemporary', years: [2015, 2016, 2017], lastingGap: '200000' },
    ])
  })

  it('books the change by KOSTRA function', () => {
    const year = result.years[0]
    expect(year?.byFunction['252']?.toFixed()).toBe('-700000') // D -1,0 net, E own share +0,3
    expect(year?.byFunction['850']?.toFixed()).toBe('-700000') // E grant
    expect(year?.byFunction['281']?.toFixed()).toBe('-1600000') // F I J K N
  })

  it('books staff-years by unit', () => {
    const units = result.years[0]?.staffYearsByUnit ?? {}
    expect(Object.fromEntries(Object.entries(units).map(([k, v]) => [k, v.toFixed()]))).toEqual({
      nav: '-1',
      refugee: '-1',
      migrationHealth: '-0.2',
      groupHomes: '-5',
    })
  })
})

describe('the NAV partnership split (section 2.3)', () => {
  it('follows the municipal staff-years: A takes Vestvågøy from 7 to 6 of 24,9', () => {
    const split = evaluate(model, ['A']).partnership
    const pay = (s: PartnershipSplit | undefined) =>
      s?.keys.find((k) => k.id === 'managerPay')?.partners ?? {}
    expect(pay(split?.before)['vestvagoy']?.share.toFixed(3)).toBe('0.270')
    const after = pay(split?.lasting)
    expect(after['vestvagoy']?.count.toFixed()).toBe('6')
    expect(after['vestvagoy']?.share.toFixed(4)).toBe('0.2410') // 6 / 24,9
    expect(after['navNordland']?.share.toFixed(3)).toBe('0.679')
  })

  it('is unchanged by measures outside the municipal NAV unit', () => {
    const split = evaluate(model, ['D']).partnership
    expect(split?.lasting).toEqual(split?.before)
  })
})

describe('the household cases (section 2.7)', () => {
  const disposable = (result: Evaluation, household: string, regime: string) =>
    result.households.find((h) => h.id === household)?.regimes.find((r) => r.id === regime)

  it.each([
    // household, regime, exact disposable per month (the report prints whole kroner)
    ['family', 'intro', '15004.8'],
    ['family', 'qualification', '15955.2'],
    ['family', 'socialAssistance', '14300'],
    ['single', 'intro', '5982.4'],
    ['single', 'qualification', '5982.4'],
    ['single', 'socialAssistance', '5600'],
  ])('%s on %s has %s kr a month today', (household, regime, expected) => {
    expect(disposable(evaluate(model, []), household, regime)?.before.toFixed()).toBe(expected)
  })

  it('I cuts what a family on social assistance has left by 10 % of the benefit', () => {
    const family = disposable(evaluate(model, ['I']), 'family', 'socialAssistance')
    expect(family?.before.toFixed()).toBe('14300')
    expect(family?.after.toFixed()).toBe('13064') // 12 360 × 0,9 + 8 600 + 1 940 + 3 400 − 12 000
  })

  it('J applies 20 % lower rates only to newcomers waiting for the programme', () => {
    const single = disposable(evaluate(model, ['I', 'J']), 'single', 'socialAssistance')
    expect(single?.after.toFixed()).toBe('5040') // I alone
    expect(single?.situations.map((s) => [s.measure, s.disposable.toFixed()])).toEqual([
      ['J', '4032'], // 5 600 × 0,9 × 0,8 + 5 500 + 2 500 − 8 000
    ])
  })

  it('changes only the households a measure names', () => {
    const json = vestvagoyJson() as {
      measures: { id: string; householdEffects?: { household: string }[] }[]
    }
    const cut = json.measures.find((m) => m.id === 'I')
    if (cut?.householdEffects)
      cut.householdEffects = cut.householdEffects.filter((e) => e.household === 'family')
    const result = evaluate(validModel(json), ['I'])
    expect(disposable(result, 'family', 'socialAssistance')?.after.toFixed()).toBe('13064')
    expect(disposable(result, 'single', 'socialAssistance')?.after.toFixed()).toBe('5600')
  })

  it('follows an overridden rate cut', () => {
    const family = disposable(
      evaluate(model, ['I'], { 'I.rates.rateChange': '-0.2' }),
      'family',
      'socialAssistance',
    )
    expect(family?.after.toFixed()).toBe('11828') // 14 300 − 20 % of 12 360
  })
})
