import { describe, expect, it } from 'vitest'
import { evaluate } from '../../../src/model/engine/evaluate'
import { effectRange } from '../../../src/model/uncertainty/effectRange'
import { carriers, spreadShares } from '../../../src/model/uncertainty/spreadShares'
import { dec } from '../../../src/model/money/decimal'
import { measureJson, minimalModel, staffDriver, validModel, vestvagoy } from '../../builders/model'

const plain = (range: ReturnType<typeof effectRange>) => ({
  low: range.low.toFixed(),
  high: range.high.toFixed(),
  from: range.from,
})

/** Measure A of a one-measure model: −1 staff-year at 600 000 kr, with the uncertainty given. */
function rangeOf(uncertainty: Record<string, unknown>, drivers: unknown[] = [staffDriver()]) {
  const model = validModel(minimalModel({ measures: [measureJson('A', { uncertainty, drivers })] }))
  const measure = model.measures[0]!
  const result = evaluate(model, ['A']).measures[0]!
  return plain(effectRange(measure, result))
}

describe('the range of a measure’s effect', () => {
  it('comes from the uncertainty level where the file states none', () => {
    expect(rangeOf({ level: 'low', text: 'Anslag' })).toEqual({
      low: '0.9',
      high: '1.1',
      from: 'level',
    })
    expect(rangeOf({ level: 'medium', text: 'Anslag' })).toEqual({
      low: '0.75',
      high: '1.25',
      from: 'level',
    })
    // A reduction that is only possible may bring nothing at all.
    expect(rangeOf({ level: 'high', text: 'Anslag' })).toEqual({
      low: '0',
      high: '1.25',
      from: 'level',
    })
  })

  it('is the stated range as factors of the effect, in either order, around the effect itself', () => {
    const stated = (low: string, high: string) =>
      rangeOf({ level: 'low', text: 'Anslag', range: { low, high } })
    expect(stated('-300000', '-900000')).toEqual({ low: '0.5', high: '1.5', from: 'range' })
    expect(stated('-900000', '-300000')).toEqual({ low: '0.5', high: '1.5', from: 'range' })
    // A range that leaves the expected effect out is widened to it.
    expect(stated('-700000', '-900000')).toEqual({ low: '1', high: '1.5', from: 'range' })
  })

  it('reaches up to the potential a driver tells apart from the realistic effect', () => {
    const model = vestvagoy()
    const result = evaluate(model, ['I']).measures[0]!
    // I: realistic −300 000, potential −700 000; medium uncertainty below.
    expect(result.potential?.toFixed()).toBe('-700000')
    const range = effectRange(
      model.measures.find((m) => m.id === 'I')!,
      result,
    )
    expect([range.low.toFixed(), range.high.toFixed(10), range.from]).toEqual([
      '0.75',
      '2.3333333333',
      'potential',
    ])
  })

  it('keeps to the level where the potential is less than the realistic effect', () => {
    // A rate rise costs 300 000 kr where it takes effect, 700 000 kr on the whole base; the
    // staff-year saves 1 mill.: −700 000 kr realistic, only −300 000 kr with the whole potential.
    const rise = {
      id: 'rate',
      kind: 'percentOfBase',
      function: '242',
      inputs: { base: '7000000', rateChange: '0.1', affectedBase: '3000000' },
    }
    const range = rangeOf({ level: 'medium', text: 'Anslag' }, [rise, staffDriver('-1', '1000000')])
    expect(range).toEqual({ low: '0.75', high: '1.25', from: 'level' })
  })

  it('is nothing to vary for a measure without effect', () => {
    const none = rangeOf({ level: 'high', text: 'Anslag' }, [staffDriver('0')])
    expect(none).toEqual({ low: '1', high: '1', from: 'level' })
  })
})

describe('which measures carry the risk', () => {
  it('shares the lasting saving’s variance exactly, largest first, the shares adding up to one', () => {
    const model = validModel(
      minimalModel({
        measures: [
          measureJson('A', { uncertainty: { level: 'low', text: 'Anslag' } }),
          measureJson('B', { uncertainty: { level: 'medium', text: 'Anslag' } }),
          measureJson('C', {
            uncertainty: {
              level: 'low',
              text: 'Anslag',
              range: { low: '-600000', high: '-600000' },
            },
          }),
        ],
      }),
    )
    const evaluation = evaluate(model, ['A', 'B', 'C'])
    const ranges = Object.fromEntries(
      evaluation.measures.map((r) => [
        r.id,
        effectRange(
          model.measures.find((m) => m.id === r.id)!,
          r,
        ),
      ]),
    )
    const shares = spreadShares(evaluation, ranges)
    // Equal effects: the variances go as the squared half-widths, 0.25² : 0.1² = 25 : 4.
    expect(shares.map((s) => [s.measure, s.share.toFixed(6)])).toEqual([
      ['B', (25 / 29).toFixed(6)],
      ['A', (4 / 29).toFixed(6)],
    ])
  })

  it('names the fewest measures that carry half the spread, at most three', () => {
    const named = (...shares: string[]) =>
      carriers(shares.map((share, i) => ({ measure: `M${i + 1}`, share: dec(share) })))
    expect(named('0.6', '0.3', '0.1')).toEqual(['M1'])
    expect(named('0.3', '0.2', '0.2', '0.3')).toEqual(['M1', 'M2'])
    expect(named('0.3', '0.1', '0.09', '0.08', '0.43')).toEqual(['M1', 'M2', 'M3'])
    expect(named()).toEqual([])
  })
})
