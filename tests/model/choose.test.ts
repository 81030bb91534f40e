import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { applyRules } from '../../src/model/engine/applyRules'
import { choose } from '../../src/model/engine/choose'
import type { Rule } from '../../src/model/schema/measure'
import { propertyRuns } from '../builders/fastCheck'
import { vestvagoy } from '../builders/model'

const rules = vestvagoy().rules ?? []

describe('choosing a measure the way the interface does', () => {
  it('switches the other alternatives off and says which', () => {
    expect(choose(rules, ['A', 'B1', 'D'], 'B2', true)).toEqual({
      selection: ['A', 'D', 'B2'],
      effects: [
        { kind: 'alternativesOff', measure: 'B2', off: ['B1'], alternatives: ['B1', 'B2', 'B3'] },
      ],
    })
  })

  it('switches nothing else for a measure without rules', () => {
    expect(choose(rules, ['A', 'B1'], 'C', true)).toEqual({
      selection: ['A', 'B1', 'C'],
      effects: [],
    })
  })

  it('switches a requirement on with the measure that needs it: E brings D', () => {
    const { selection, effects } = choose(rules, ['A'], 'E', true)
    expect(selection).toEqual(['A', 'E', 'D'])
    expect(effects).toEqual([
      expect.objectContaining({ kind: 'requirementsOn', measure: 'E', on: ['D'] }),
    ])
  })

  it('switches off what requires a measure switched off: D takes E', () => {
    const { selection, effects } = choose(rules, ['A', 'D', 'E'], 'D', false)
    expect(selection).toEqual(['A'])
    expect(effects).toEqual([
      expect.objectContaining({ kind: 'dependentOff', measure: 'E', requires: ['D'] }),
    ])
  })
})

describe('choosing, when the rules are already kept', () => {
  it('says nothing of a requirement that is already on: D chosen, then E', () => {
    expect(choose(rules, ['A', 'D'], 'E', true)).toEqual({
      selection: ['A', 'D', 'E'],
      effects: [],
    })
  })

  it('says nothing of alternatives when none of the others is on', () => {
    expect(choose(rules, ['A'], 'B2', true)).toEqual({ selection: ['A', 'B2'], effects: [] })
  })

  it('switches off a chain of dependents, whatever order the rules come in', () => {
    const requires = (measure: string, needed: string): Rule => ({
      kind: 'requires',
      id: `${measure}-${needed}`,
      measure,
      requires: [needed],
      reason: 'r',
    })
    // c needs b, which needs a; the rule about c is listed first.
    const chain = [requires('c', 'b'), requires('b', 'a')]
    const { selection, effects } = choose(chain, ['a', 'b', 'c', 'x'], 'a', false)
    expect(selection).toEqual(['x'])
    expect(effects.map((e) => e.measure)).toEqual(['b', 'c'])
  })
})

describe('choosing, on any rules', () => {
  const ids = ['a', 'b', 'c', 'd', 'e', 'f']
  const rule = fc.oneof(
    fc
      .uniqueArray(fc.constantFrom(...ids), { minLength: 2, maxLength: 3 })
      .map((measures): Rule => ({ kind: 'alternatives', id: 'x', measures, reason: 'r' })),
    fc
      .tuple(fc.constantFrom(...ids), fc.uniqueArray(fc.constantFrom(...ids), { minLength: 1 }))
      .filter(([measure, requires]) => !requires.includes(measure))
      .map(([measure, requires]): Rule => ({
        kind: 'requires',
        id: 'y',
        measure,
        requires,
        reason: 'r',
      })),
  )
  // Rules a model may have: no measure needs two alternatives of each other (validateModel refuses).
  const keepable = (all: Rule[]) =>
    ids.every((id) => {
      const needed = [id]
      for (let i = 0; i < needed.length; i++)
        for (const r of all)
          if (r.kind === 'requires' && r.measure === needed[i])
            for (const x of r.requires) if (!needed.includes(x)) needed.push(x)
      return all.every(
        (r) => r.kind !== 'alternatives' || r.measures.filter((m) => needed.includes(m)).length < 2,
      )
    })

  test.prop(
    [
      fc.array(rule, { maxLength: 4 }).filter(keepable),
      fc.array(fc.tuple(fc.constantFrom(...ids), fc.boolean()), { maxLength: 12 }),
    ],
    propertyRuns(500),
  )('never leaves a selection that breaks a rule, and keeps the switch asked for', (all, steps) => {
    let selection: string[] = []
    for (const [id, on] of steps) {
      selection = choose(all, selection, id, on).selection
      expect(applyRules(all, selection).problems).toEqual([])
      expect(selection.includes(id)).toBe(on)
      expect(new Set(selection).size).toBe(selection.length)
    }
  })
})
