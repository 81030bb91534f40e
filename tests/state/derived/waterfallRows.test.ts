import { describe, expect, it } from 'vitest'
import { evaluate } from '../../../src/model/engine/evaluate'
import { dec } from '../../../src/model/money/decimal'
import {
  WATERFALL_BARS,
  waterfallOf,
  waterfallRows,
  type WaterfallRow,
} from '../../../src/state/derived/waterfallRows'
import { vestvagoy } from '../../builders/model'

const model = vestvagoy()
const plain = (rows: WaterfallRow[]) =>
  rows.map((r) => [r.id, r.kind, r.from.toString(), r.to.toString(), r.count])
const contributions = (nets: Record<string, string>) =>
  Object.entries(nets).map(([id, net]) => ({ id, net: dec(net) }))

describe('the waterfall towards the target', () => {
  it('stacks savings largest first, then costs, and ends in the exact total', () => {
    const rows = waterfallRows(contributions({ A: '-0.1', B: '0.2', C: '-0.3', Z: '0' }))
    expect(plain(rows)).toEqual([
      ['C', 'saving', '0', '0.3', undefined],
      ['A', 'saving', '0.3', '0.4', undefined],
      ['B', 'cost', '0.4', '0.2', undefined],
      ['', 'total', '0', '0.2', undefined],
    ])
  })

  it('draws as many bars as allowed without grouping any', () => {
    const rows = waterfallRows(contributions({ A: '-1', B: '-2', C: '3' }), 3)
    expect(rows.map((r) => r.kind)).toEqual(['saving', 'saving', 'cost', 'total'])
  })

  it('past the limit sums the smallest by size, savings and costs alike, into one bar', () => {
    // Four bars at most: the three largest by size stay (a cost of 50 among them).
    const rows = waterfallRows(
      contributions({ A: '-5', B: '-100', C: '50', D: '-1', E: '-200', F: '2' }),
      4,
    )
    expect(plain(rows)).toEqual([
      ['E', 'saving', '0', '200', undefined],
      ['B', 'saving', '200', '300', undefined],
      ['3', 'rest', '300', '304', 3],
      ['C', 'cost', '304', '254', undefined],
      ['', 'total', '0', '254', undefined],
    ])
  })

  it('keeps a thousand measures to twenty bars and the total', () => {
    const many = Array.from({ length: 1000 }, (_, i) => ({ id: `m${i}`, net: dec(-(i + 1)) }))
    const rows = waterfallRows(many)
    expect(rows).toHaveLength(WATERFALL_BARS + 1)
    expect(rows[0]?.id).toBe('m999')
    expect(rows.at(-2)).toMatchObject({ kind: 'rest', count: 981 })
    expect(rows.at(-1)?.to.toString()).toBe('500500')
  })

  it('shows a plan year with the time-limited measures, the lasting effect without them', () => {
    // E, a grant for a limited time, saves 0,4 mill. in 2015 and nothing lasting.
    const evaluation = evaluate(model, model.packages?.[0]?.measures ?? [])
    const year = waterfallOf(evaluation, 2015)
    const lasting = waterfallOf(evaluation, 'lasting')
    expect(year.map((r) => r.id)).toContain('E')
    expect(lasting.map((r) => r.id)).not.toContain('E')
    expect([year.at(-1)?.to.toString(), lasting.at(-1)?.to.toString()]).toEqual([
      '6700000',
      '6300000',
    ])
    expect(waterfallOf(evaluation, 2015)).toBe(year)
  })

  it('counts a year the plan does not have as nothing', () => {
    expect(plain(waterfallOf(evaluate(model, ['A']), 1999))).toEqual([
      ['', 'total', '0', '0', undefined],
    ])
  })
})
