import { describe, expect, it } from 'vitest'
import { baselineTotals } from '../../src/state/baselineTotals'
import { vestvagoyJson } from '../builders/model'

describe('the totals shown while the baseline is edited', () => {
  it('sums staff-years per unit and in all, exactly', () => {
    const totals = baselineTotals({
      units: [
        { teams: [{ staffYears: '0.1' }, { staffYears: '0.2' }] },
        { teams: [{ staffYears: '7' }] },
      ],
    })
    expect(totals.units).toEqual([{ staffYears: '0.3' }, { staffYears: '7' }])
    expect(totals.staffYears).toBe('7.3')
  })

  it('sums each account per year by side and net, beside the reported total', () => {
    const totals = baselineTotals({
      accounts: [
        {
          years: [2026, 2027],
          lines: [
            { side: 'expenditure', amounts: { '2026': '1000.5', '2027': '2000' } },
            { side: 'income', amounts: { '2026': '-300', '2027': '-400.25' } },
            { amounts: { '2026': '10' } },
          ],
          reportedTotals: { '2026': '710.5' },
        },
      ],
    })
    expect(totals.accounts[0]?.years).toEqual([
      { year: '2026', expenditure: '1000.5', income: '-300', net: '710.5', reported: '710.5' },
      { year: '2027', expenditure: '2000', income: '-400.25', net: '1599.75', reported: null },
    ])
  })

  it('sums grants by category', () => {
    const totals = baselineTotals({
      grants: {
        lines: [
          { amount: '31500000', category: 'integration' },
          { amount: '2300000', category: 'integration' },
          { amount: '1200000', category: 'costCover' },
        ],
      },
    })
    expect(totals.grants).toEqual({
      integration: '33800000',
      costCover: '1200000',
      all: '35000000',
    })
    expect(baselineTotals({}).grants).toBeNull()
  })

  it('leaves a sum unknown while a part of it is not a number, and never throws on a broken draft', () => {
    const totals = baselineTotals({
      units: [{ teams: [{ staffYears: '1' }, { staffYears: '12a' }] }, { teams: 'x' }],
      accounts: [{ years: [2026], lines: [null, { amounts: { '2026': 'mange' } }] }],
      grants: 7,
    })
    expect(totals.units).toEqual([{ staffYears: null }, { staffYears: '0' }])
    expect(totals.staffYears).toBeNull()
    expect(totals.accounts[0]?.years[0]?.net).toBeNull()
    expect(baselineTotals(null)).toEqual({ units: [], staffYears: '0', accounts: [], grants: null })
  })

  it('gives the Vestvågøy accounts the totals of their lines', () => {
    const totals = baselineTotals(vestvagoyJson())
    expect(totals.accounts[0]?.years.map((y) => y.net)).toEqual([
      '11363000',
      '10050000',
      '12377000',
    ])
  })

  it('counts an emptied amount as nothing, and shows no reported total that is not a number', () => {
    const totals = baselineTotals({
      accounts: [
        {
          years: [2026, 2027, 2028],
          lines: [
            { side: 'expenditure', amounts: { '2026': null, '2027': '5' } },
            { side: 'income', amounts: { '2027': 5 } },
          ],
          reportedTotals: { '2026': 'mange', '2027': 5, '2028': '0' },
        },
      ],
    })
    expect(totals.accounts[0]?.years).toEqual([
      { year: '2026', expenditure: '0', income: '0', net: '0', reported: null },
      { year: '2027', expenditure: '5', income: null, net: null, reported: null },
      { year: '2028', expenditure: '0', income: '0', net: '0', reported: '0' },
    ])
  })

  it('sums grants without lines or categories to nothing', () => {
    expect(baselineTotals({ grants: {} }).grants).toEqual({
      integration: '0',
      costCover: '0',
      all: '0',
    })
    expect(baselineTotals({ grants: { lines: [{ amount: '5' }] } }).grants).toEqual({
      integration: '0',
      costCover: '0',
      all: '5',
    })
  })

  it('reads only the draft’s own fields, never what every object inherits', () => {
    const totals = baselineTotals({
      accounts: [{ years: ['constructor'], lines: [{ amounts: {} }], reportedTotals: {} }],
    })
    expect(totals.accounts[0]?.years[0]).toMatchObject({ net: '0', reported: null })
  })
})
