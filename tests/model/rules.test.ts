import { describe, expect, it } from 'vitest'
import { evaluate } from '../../src/model/engine/evaluate'
import { problemText } from '../../src/i18n/problemText'
import { isError } from '../../src/model/problems'
import { vestvagoy } from '../builders/model'

const model = vestvagoy()
const errorsOf = (selection: string[]) => evaluate(model, selection).problems.filter(isError)

describe('the rules between measures', () => {
  it.each([
    [
      ['B1', 'B2'],
      ['B1', 'B2'],
    ],
    [
      ['B1', 'B3'],
      ['B1', 'B3'],
    ],
    [
      ['B2', 'B3'],
      ['B2', 'B3'],
    ],
    [
      ['B1', 'B2', 'B3'],
      ['B1', 'B2', 'B3'],
    ],
  ])('refuses alternatives chosen together: %j', (selection, named) => {
    const errors = errorsOf(selection)
    expect(errors).toEqual([
      { code: 'alternativesChosenTogether', measures: named, alternatives: ['B1', 'B2', 'B3'] },
    ])
    const text = problemText(errors[0]!, 'nb')
    for (const id of named) expect(text).toContain(id)
  })

  it.each([['B1'], ['B2'], ['B3']])('accepts %s on its own', (id) => {
    expect(errorsOf([id])).toEqual([])
  })

  it('refuses E without D and says why', () => {
    const errors = errorsOf(['E'])
    expect(errors).toEqual([
      expect.objectContaining({ code: 'requirementMissing', measure: 'E', requires: ['D'] }),
    ])
    expect(problemText(errors[0]!, 'nb')).toMatch(/^E krever D: Kapasiteten .* \(tiltak D\)\.$/)
    expect(problemText(errors[0]!, 'en')).toMatch(/^E requires D: /)
    expect(problemText(errors[0]!, 'nb', { model })).toMatch(
      /^E «Øke bosetting enslige mindreårige» krever D «Slå sammen bokollektiv enslige mindreårige»: Kapasiteten /,
    )
  })

  it('accepts E with D, and the whole recommended package', () => {
    expect(errorsOf(['D', 'E'])).toEqual([])
    expect(errorsOf(model.packages?.[0]?.measures ?? [])).toEqual([])
  })

  it('counts none of the alternatives chosen together, and names them', () => {
    const result = evaluate(model, ['A', 'B1', 'B2'])
    expect(result.selection).toEqual(['A'])
    expect(result.excluded).toEqual(['B1', 'B2'])
    expect(result.years[0]?.net.toFixed()).toBe('-750000')
  })

  it('does not count E without D, nor anything that needs a measure not counted', () => {
    const result = evaluate(model, ['A', 'E'])
    expect(result.selection).toEqual(['A'])
    expect(result.excluded).toEqual(['E'])
    expect(result.lasting.net.toFixed()).toBe('-750000')
  })

  it('counts a selection that keeps every rule whole', () => {
    const selection = model.packages?.[0]?.measures ?? []
    const result = evaluate(model, selection)
    expect(result.excluded).toEqual([])
    expect([...result.selection].sort()).toEqual([...selection].sort())
  })

  it('names unknown measures and leaves them out', () => {
    const result = evaluate(model, ['A', 'Z', 'ZZ'])
    expect(result.problems.filter(isError)).toEqual([{ code: 'unknownMeasure', ids: ['Z', 'ZZ'] }])
    expect(result.selection).toEqual(['A'])
  })
})
