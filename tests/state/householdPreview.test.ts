import { describe, expect, it } from 'vitest'
import { householdPreview } from '../../src/state/householdPreview'
import { vestvagoyJson, type Json } from '../builders/model'

type Item = Record<string, unknown>
const family = (): Item => (vestvagoyJson().households as Item[])[0]!
const disposable = (household: unknown) =>
  Object.fromEntries(householdPreview(household).map((r) => [r.id, r.disposable]))

describe('the budget of a household case being edited', () => {
  it('is worked out exactly per regime, tax included, where the source rounds', () => {
    // The report prints 15 005, 15 956 and 14 300: it truncates the tax to whole kroner.
    expect(disposable(family())).toEqual({
      intro: '15004.8',
      qualification: '15955.2',
      socialAssistance: '14300',
    })
    const intro = householdPreview(family())[0]!
    expect(intro.lines.get('tax')).toBe('-5891.2')
    expect(intro.lines.has('expenseCover')).toBe(false)
  })

  it('follows what is typed: an amount, a rate, a base', () => {
    const h = family()
    const [benefit, expenseCover, tax] = h.lines as Item[]
    ;(benefit!.amounts as Item).intro = '30000'
    ;(expenseCover!.amounts as Item).intro = '1000'
    tax!.rate = '0.25'
    tax!.base = ['benefit', 'expenseCover']
    const taxed = 30000 + 1000
    expect(disposable(h).intro).toBe(String(taxed + 1940 + 1500 - 12000 - taxed * 0.25))
  })

  it('taxes only the lines above the tax line, as the engine does', () => {
    const h = family()
    ;(h.lines as Item[])[2]!.base = ['benefit', 'childBenefit']
    expect(disposable(h).intro).toBe('15004.8')
  })

  it('has no disposable income for a regime while one of its values is not a number', () => {
    const h = family()
    const [benefit, , tax] = h.lines as Item[]
    ;(benefit!.amounts as Item).socialAssistance = '12a'
    expect(disposable(h)).toMatchObject({ socialAssistance: null, intro: '15004.8' })
    // Each edit makes a new draft (immer), which is what the preview is remembered by.
    tax!.rate = ''
    expect(disposable(structuredClone(h))).toMatchObject({ intro: null, qualification: null })
  })

  it.each<[string, unknown]>([
    ['nothing', undefined],
    ['a list', []],
    ['a household without regimes', { lines: [] }],
  ])('is empty for %s', (_, value) => {
    expect(householdPreview(value)).toEqual([])
  })

  it('is the same object until the household changes', () => {
    const h: Json = family()
    expect(householdPreview(h)).toBe(householdPreview(h))
  })
})
