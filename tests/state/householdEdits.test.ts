import { describe, expect, it } from 'vitest'
import { validateModel } from '../../src/model/load/validateModel'
import { removeHouseholdLine, removeRegime } from '../../src/state/householdEdits'
import { vestvagoyJson, type Json } from '../builders/model'

type Item = Record<string, unknown>
const household = (file: Json) => (file.households as Item[])[0]!
const lines = (file: Json) => household(file).lines as Item[]

describe('removing a part of a household case', () => {
  it('takes a regime’s amounts, tax and reported figures with it', () => {
    const file = vestvagoyJson()
    removeRegime(file, 0, 0)
    const h = household(file)
    expect((h.regimes as Item[]).map((r) => r.id)).toEqual(['qualification', 'socialAssistance'])
    expect(lines(file)[0]!.amounts).toEqual({ qualification: '30644', socialAssistance: '12360' })
    expect(lines(file)[2]).toMatchObject({
      regimes: ['qualification'],
      reported: { qualification: '-6128' },
    })
    expect(h.reportedDisposable).toEqual({ qualification: '15956', socialAssistance: '14300' })
    expect(validateModel(file).ok).toBe(true)
  })

  it('keeps what a regime shares with another of the same id', () => {
    const file = vestvagoyJson()
    ;(household(file).regimes as Item[]).push({ id: 'intro', label: 'Kopi' })
    removeRegime(file, 0, 0)
    expect(lines(file)[0]!.amounts).toHaveProperty('intro', '29456')
    expect(household(file).reportedDisposable).toHaveProperty('intro')
  })

  it('takes a removed line out of the tax bases', () => {
    const file = vestvagoyJson()
    lines(file)[2]!.base = ['benefit', 'childBenefit']
    removeHouseholdLine(file, 0, 0)
    expect(lines(file).map((l) => l.id)).not.toContain('benefit')
    expect(lines(file).find((l) => l.kind === 'tax')!.base).toEqual(['childBenefit'])
  })

  it('does nothing to a draft without that household', () => {
    const file: Json = { households: [null] }
    removeRegime(file, 0, 0)
    removeHouseholdLine(file, 3, 0)
    expect(file).toEqual({ households: [null] })
  })
})
