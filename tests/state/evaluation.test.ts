import { describe, expect, it } from 'vitest'
import { evaluate } from '../../src/model/engine/evaluate'
import { currentBasis, currentEvaluation, selectedYear } from '../../src/state/evaluation'
import { createScenarioStore } from '../../src/state/store'
import { minimalModel, validModel, vestvagoy } from '../builders/model'
import { storeOn } from '../builders/store'

const model = vestvagoy()
const other = validModel(minimalModel())
const opened = () => storeOn(model)

describe('the figures of the scenario on screen', () => {
  it('are the evaluation of the choices and assumptions on screen, and none without a model', () => {
    const store = opened()
    store.getState().setOverride('D.groupHomes.refundRate', '0.5')
    const { doc } = store.getState()
    expect(currentEvaluation(store.getState())).toEqual(
      evaluate(model, doc.selection, doc.overrides),
    )
    expect(currentEvaluation(createScenarioStore().getState())).toBeNull()
  })

  it('stay the same object until the choices or an assumption change, then follow them', () => {
    const store = opened()
    const first = currentEvaluation(store.getState())
    expect(currentEvaluation(store.getState())).toBe(first)

    store.getState().setOverride('D.groupHomes.refundRate', '0.5')
    const edited = currentEvaluation(store.getState())
    expect(edited).not.toBe(first)
    expect(edited).toEqual(
      evaluate(model, store.getState().doc.selection, { 'D.groupHomes.refundRate': '0.5' }),
    )

    store.getState().setMeasure('A', false)
    expect(currentEvaluation(store.getState())?.selection).not.toContain('A')
  })

  it('follow another model opened with the same choices', () => {
    const doc = { selection: ['A'], overrides: {} }
    expect(currentEvaluation({ model, doc })?.target.toString()).toBe(
      evaluate(model, ['A'], {}).target.toString(),
    )
    expect(currentEvaluation({ model: other, doc })?.target.toString()).toBe('1000000')
  })
})

describe('what each measure’s figures rest on', () => {
  it('is every measure’s effect and the changed assumptions, and nothing without a model', () => {
    const store = opened()
    store.getState().setOverride('D.groupHomes.refundRate', '0.5')
    const basis = currentBasis(store.getState())
    expect(basis.effects.size).toBe(model.measures.length)
    expect(basis.changed.map((c) => c.key)).toEqual(['D.groupHomes.refundRate'])
    expect([...basis.bases.keys()]).toEqual(['D'])
    const none = currentBasis(createScenarioStore().getState())
    expect([none.effects.size, none.changed.length, none.bases.size]).toEqual([0, 0, 0])
  })

  it('stays the same object while the assumptions stay, and follows a new one or another model', () => {
    const store = opened()
    const first = currentBasis(store.getState())
    store.getState().setMeasure('A', false)
    expect(currentBasis(store.getState())).toBe(first)
    store.getState().setOverride('D.groupHomes.refundRate', '0.5')
    expect(currentBasis(store.getState()).changed).toHaveLength(1)

    const doc = store.getState().doc
    expect(currentBasis({ model: other, doc }).effects.has('D')).toBe(false)
  })
})

describe('the plan year the headline figures show', () => {
  it.each([
    ['the first plan year when none is chosen', null, 2015],
    ['the chosen plan year', 2017, 2017],
    ['the first plan year when the chosen one is not in the model', 2030, 2015],
  ])('is %s', (_what, year, shown) => {
    expect(selectedYear({ model, year })).toBe(shown)
  })

  it('is none without a model', () => {
    expect(selectedYear({ model: null, year: 2017 })).toBeNull()
  })
})
