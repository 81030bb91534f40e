import { describe, expect, it } from 'vitest'
import { evaluate } from '../../src/model/engine/evaluate'
import { measureJson, minimalModel, validModel } from '../builders/model'

/** One measure saving 600 000 kr a year (1 staff-year at 600 000), against a chosen target. */
const withTarget = (lasting: string) =>
  validModel(minimalModel({ target: { lasting, text: 'Mål' } }))

describe('the savings target', () => {
  it.each([
    ['599999.99', true, '-0.01'],
    ['600000', true, '0'],
    ['600000.01', false, '0.01'],
  ])('a target of %s is met: %s, with a gap of %s', (target, met, gap) => {
    const result = evaluate(withTarget(target), ['A'])
    expect(result.lasting.meetsTarget).toBe(met)
    expect(result.lasting.gap.toFixed()).toBe(gap)
    expect(result.years.every((y) => y.meetsTarget === met)).toBe(true)
  })
})

describe('a one-off in a year the plan does not have', () => {
  const model = validModel(
    minimalModel({
      measures: [
        measureJson('A', {
          drivers: [
            {
              id: 'move',
              kind: 'oneOff',
              function: '242',
              side: 'expenditure',
              inputs: { amount: '100000', year: '2026' },
            },
          ],
        }),
      ],
    }),
  )

  it('is refused as an override, and the file’s year is kept', () => {
    const result = evaluate(model, ['A'], { 'A.move.year': '2031' })
    expect(result.problems).toEqual([
      { code: 'badOverride', key: 'A.move.year', issue: 'yearNotInPlan', found: '2031' },
    ])
    expect(result.years.map((y) => y.net.toFixed())).toEqual(['0', '100000', '0', '0'])
  })

  it('moves to another plan year when overridden with one', () => {
    const result = evaluate(model, ['A'], { 'A.move.year': '2028' })
    expect(result.problems).toEqual([])
    expect(result.years.map((y) => y.net.toFixed())).toEqual(['0', '0', '0', '100000'])
  })
})
