import { describe, expect, it } from 'vitest'
import { problemText } from '../../src/i18n/problemText'
import { applyRules } from '../../src/model/engine/applyRules'
import { validateModel } from '../../src/model/load/validateModel'
import type { Rule } from '../../src/model/schema/measure'
import { measureJson, minimalModel } from '../builders/model'

const alternatives = (...measures: string[]): Rule => ({
  kind: 'alternatives',
  id: `alt-${measures.join('')}`,
  measures,
  reason: 'Bare én',
})
const requires = (measure: string, ...needs: string[]): Rule => ({
  kind: 'requires',
  id: `req-${measure}`,
  measure,
  requires: needs,
  reason: 'Trenger det',
})

describe('which chosen measures count', () => {
  it.each([
    ['nothing breaks a rule', [alternatives('x', 'y')], ['x', 'z'], ['x', 'z'], []],
    [
      'alternatives together: none counts',
      [alternatives('x', 'y')],
      ['x', 'y', 'z'],
      ['z'],
      ['x', 'y'],
    ],
    ['a missing requirement', [requires('z', 'x')], ['z', 'w'], ['w'], ['z']],
    [
      'a requirement not counted because it clashes',
      [alternatives('x', 'y'), requires('z', 'x')],
      ['x', 'y', 'z'],
      [],
      ['x', 'y', 'z'],
    ],
    [
      'a chain of requirements falls with its first link',
      [requires('c', 'b'), requires('b', 'a')],
      ['c', 'b'],
      [],
      ['c', 'b'],
    ],
  ])('%s', (_, rules, selection, counted, excluded) => {
    const result = applyRules(rules, selection)
    expect(result.counted).toEqual(counted)
    expect(result.excluded).toEqual(excluded)
    expect(result.problems.length > 0).toBe(excluded.length > 0)
  })

  it('names a requirement that is chosen but not counted as missing', () => {
    const { problems } = applyRules([alternatives('x', 'y'), requires('z', 'x')], ['x', 'y', 'z'])
    expect(problems).toContainEqual(
      expect.objectContaining({ code: 'requirementMissing', measure: 'z', requires: ['x'] }),
    )
  })
})

describe('rules a model can keep', () => {
  const withRules = (rules: Rule[]) =>
    minimalModel({ measures: ['A', 'B', 'C'].map((id) => measureJson(id)), rules })

  it('refuses a measure that needs, through another, two alternatives of each other', () => {
    const result = validateModel(
      withRules([
        alternatives('A', 'B'),
        requires('C', 'B'),
        { ...requires('B', 'A'), id: 'req-B2' },
      ]),
    )
    expect(result.ok).toBe(false)
    const clash = !result.ok && result.problems.find((p) => p.code === 'rulesCannotBeKept')
    expect(clash).toMatchObject({ measure: 'B', alternatives: ['A', 'B'] })
    expect(clash && problemText(clash, 'nb')).toContain('kan derfor aldri velges')
  })

  it('adds up what several requirement rules of one measure need', () => {
    const result = validateModel(
      withRules([
        alternatives('A', 'B'),
        requires('C', 'A'),
        { ...requires('C', 'B'), id: 'req-C2' },
      ]),
    )
    const clash = !result.ok && result.problems.find((p) => p.code === 'rulesCannotBeKept')
    expect(clash).toMatchObject({ measure: 'C', alternatives: ['A', 'B'] })
  })

  it('follows requirements through a chain, and ends where they go round in a circle', () => {
    const chain = validateModel(
      withRules([
        alternatives('A', 'C'),
        requires('A', 'B'),
        requires('B', 'C'),
        { ...requires('C', 'B'), id: 'req-C' },
      ]),
    )
    const clash = !chain.ok && chain.problems.find((p) => p.code === 'rulesCannotBeKept')
    expect(clash).toMatchObject({ measure: 'A', alternatives: ['A', 'C'] })
    // B and C need each other, which can be kept: no problem, and no endless search.
    expect(validateModel(withRules([requires('B', 'C'), requires('C', 'B')])).ok).toBe(true)
  })

  it('accepts requirements that leave one of each set of alternatives', () => {
    expect(validateModel(withRules([alternatives('A', 'B'), requires('C', 'B')])).ok).toBe(true)
  })
})
