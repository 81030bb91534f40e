import { describe, expect, it } from 'vitest'
import { validateModel } from '../../src/model/load/validateModel'
import { renameReferences, type IdRename } from '../../src/state/renameReferences'
import { vestvagoyJson, type Json } from '../builders/model'

type Item = Record<string, unknown>
const list = (value: unknown) => value as Item[]

/** The Vestvågøy model with one id changed in place, as the user typed it, and then `rename`. */
function renamed(change: (file: Json) => void, rename: IdRename): Json {
  const file = vestvagoyJson()
  change(file)
  renameReferences(file, rename)
  return file
}

const measure = (file: Json, id: string) => list(file.measures).find((m) => m.id === id)!
const household = (file: Json, index: number) => list(file.households)[index]!
const line = (file: Json, h: number, id: string) =>
  list(household(file, h).lines).find((l) => l.id === id)!
const effects = (file: Json) => list(file.measures).flatMap((m) => list(m.householdEffects ?? []))

describe('renaming an id in the model being edited', () => {
  it('makes rules and packages name a measure by its new id, and the model stays valid', () => {
    const file = renamed((f) => (measure(f, 'B1').id = 'B9'), {
      kind: 'measure',
      from: 'B1',
      to: 'B9',
    })
    const names = JSON.stringify([file.rules, file.packages])
    expect(names).toContain('"B9"')
    expect(names).not.toContain('"B1"')
    expect(validateModel(file).ok).toBe(true)
  })

  it('changes the measure a requires rule is about, and those it requires', () => {
    const file = vestvagoyJson()
    file.rules = [{ kind: 'requires', id: 'R', measure: 'A', requires: ['C', 'A'], reason: '' }]
    measure(file, 'A').id = 'A2'
    renameReferences(file, { kind: 'measure', from: 'A', to: 'A2' })
    expect(file.rules).toEqual([
      { kind: 'requires', id: 'R', measure: 'A2', requires: ['C', 'A2'], reason: '' },
    ])
  })

  it.each([
    ['another measure still has the old id', 'B1', 'B2', (f: Json) => (measure(f, 'B1').id = 'B1')],
    ['the new id is another measure’s', 'B1', 'C', (f: Json) => (measure(f, 'B1').id = 'C')],
  ])('moves nothing when %s', (_, from, to, change) => {
    const before = vestvagoyJson()
    const file = renamed(change, { kind: 'measure', from, to })
    expect(file.rules).toEqual(before.rules)
    expect(file.packages).toEqual(before.packages)
  })

  it('makes the household effects of measures follow a household’s new id', () => {
    const file = renamed((f) => (household(f, 0).id = 'familie'), {
      kind: 'household',
      from: 'family',
      to: 'familie',
    })
    expect(effects(file).map((e) => e.household)).toEqual([
      'familie',
      'single',
      'familie',
      'single',
    ])
    expect(validateModel(file).ok).toBe(true)
  })

  it('moves a regime’s amounts, tax, reported figures and effects to its new id, in order', () => {
    const file = renamed((f) => (list(household(f, 0).regimes)[0]!.id = 'introduksjon'), {
      kind: 'regime',
      household: 0,
      from: 'intro',
      to: 'introduksjon',
    })
    expect(Object.keys(line(file, 0, 'benefit').amounts as Item)).toEqual([
      'introduksjon',
      'qualification',
      'socialAssistance',
    ])
    expect(line(file, 0, 'tax')).toMatchObject({
      regimes: ['introduksjon', 'qualification'],
      reported: { introduksjon: '-5891', qualification: '-6128' },
    })
    expect(household(file, 0).reportedDisposable).toMatchObject({ introduksjon: '15005' })
    // The other household has a regime of the same id: it is not touched.
    expect(Object.keys(line(file, 1, 'benefit').amounts as Item)).toContain('intro')
    expect(validateModel(file).ok).toBe(true)
  })

  it('moves a regime’s household effects, and a line’s, in that household only', () => {
    let file = renamed((f) => (list(household(f, 0).regimes)[2]!.id = 'sosialhjelp'), {
      kind: 'regime',
      household: 0,
      from: 'socialAssistance',
      to: 'sosialhjelp',
    })
    const regimeOf = (f: Json) =>
      effects(f).map((e) => `${String(e.household)}/${String(e.regime)}`)
    expect(regimeOf(file)).toEqual([
      'family/sosialhjelp',
      'single/socialAssistance',
      'family/sosialhjelp',
      'single/socialAssistance',
    ])
    line(file, 0, 'benefit').id = 'stonad'
    renameReferences(file, { kind: 'line', household: 0, from: 'benefit', to: 'stonad' })
    expect(effects(file).map((e) => e.line)).toEqual(['stonad', 'benefit', 'stonad', 'benefit'])
    expect(line(file, 0, 'tax').base).toEqual(['stonad'])
    expect(validateModel(file).ok).toBe(true)
    file = renamed(() => {}, { kind: 'line', household: 0, from: 'benefit', to: 'tax' })
    expect(line(file, 0, 'tax').base).toEqual(['benefit'])
  })

  it('is safe with ids that objects inherit, and with a broken draft', () => {
    const file: Json = { measures: [{ id: 'constructor' }], rules: [{ measures: ['toString'] }] }
    renameReferences(file, { kind: 'measure', from: 'toString', to: 'constructor' })
    expect(file.rules).toEqual([{ measures: ['constructor'] }])
    for (const broken of [{}, { households: 'x' }, { households: [null], measures: 3 }])
      expect(() =>
        renameReferences(broken, { kind: 'regime', household: 0, from: 'a', to: 'b' }),
      ).not.toThrow()
  })
})
