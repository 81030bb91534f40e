import { describe, expect, it } from 'vitest'
import { evaluate } from '../../src/model/engine/evaluate'
import { createScenarioStore } from '../../src/state/store'
import { measureJson, minimalModel, validModel, vestvagoy } from '../builders/model'
import { storeOn } from '../builders/store'

const model = vestvagoy()
const opened = () => storeOn(model)

describe('the scenario document', () => {
  it('opens with the working group’s package and no history to undo', () => {
    const { doc, history } = opened().getState()
    expect(doc.selection).toEqual(model.packages?.[0]?.measures)
    expect(history.past).toEqual([])
  })

  it('switches the other alternative off in the same step, and says so', () => {
    const store = opened()
    store.getState().setMeasure('B2', true)
    expect(store.getState().doc.selection).toContain('B2')
    expect(store.getState().doc.selection).not.toContain('B1')
    expect(store.getState().notice).toEqual({
      measure: 'B2',
      on: true,
      effects: [
        { kind: 'alternativesOff', measure: 'B2', off: ['B1'], alternatives: ['B1', 'B2', 'B3'] },
      ],
    })
    store.getState().undo()
    expect(store.getState().doc.selection).toEqual(model.packages?.[0]?.measures)
    expect(store.getState().notice).toBeNull()
  })

  it('gives identical results after switching a measure off and on again', () => {
    const store = opened()
    const before = JSON.stringify(
      evaluate(model, store.getState().doc.selection, store.getState().doc.overrides),
    )
    store.getState().setMeasure('A', false)
    store.getState().setMeasure('A', true)
    const after = JSON.stringify(
      evaluate(model, store.getState().doc.selection, store.getState().doc.overrides),
    )
    expect(after).toBe(before)
  })

  it('switches E off with D, as one step, and undoes both', () => {
    const store = opened()
    store.getState().setMeasure('D', false)
    expect(store.getState().doc.selection).not.toContain('E')
    expect(store.getState().notice?.effects).toEqual([
      expect.objectContaining({ kind: 'dependentOff', measure: 'E', requires: ['D'] }),
    ])
    store.getState().undo()
    expect(store.getState().doc.selection).toEqual(expect.arrayContaining(['D', 'E']))
  })

  it('switches D on with E, as one step, and undoes both', () => {
    const store = opened()
    store.getState().setMeasure('D', false)
    store.getState().setMeasure('E', true)
    expect(store.getState().doc.selection).toEqual(expect.arrayContaining(['D', 'E']))
    expect(store.getState().notice?.effects).toEqual([
      expect.objectContaining({ kind: 'requirementsOn', measure: 'E', on: ['D'] }),
    ])
    store.getState().undo()
    expect(store.getState().doc.selection).not.toContain('D')
    expect(store.getState().doc.selection).not.toContain('E')
  })

  it('goes back to the recommendation in one undoable step', () => {
    const store = opened()
    store.getState().setMeasure('B2', true)
    store.getState().setMeasure('H', false)
    store.getState().restoreRecommendation()
    expect([...store.getState().doc.selection].sort()).toEqual(
      [...(model.packages?.[0]?.measures ?? [])].sort(),
    )
    store.getState().undo()
    expect(store.getState().doc.selection).toContain('B2')
    expect(store.getState().doc.selection).not.toContain('H')
  })

  it('undoes a run of typing in one field as one step', () => {
    const store = opened()
    for (const value of ['0', '0.9', '0.95'])
      store.getState().setOverride('D.groupHomes.refundRate', value)
    store.getState().sealEdit()
    store.getState().setOverride('A.staff.costPerStaffYear', '800000')
    expect(store.getState().history.past).toHaveLength(2)
    store.getState().undo()
    expect(store.getState().doc.overrides).toEqual({ 'D.groupHomes.refundRate': '0.95' })
    store.getState().undo()
    expect(store.getState().doc.overrides).toEqual({})
    store.getState().redo()
    store.getState().redo()
    expect(store.getState().doc.overrides).toEqual({
      'D.groupHomes.refundRate': '0.95',
      'A.staff.costPerStaffYear': '800000',
    })
  })

  it('resets an override to the file’s value as an undoable step', () => {
    const store = opened()
    store.getState().setOverride('D.groupHomes.refundRate', '0.5')
    store.getState().resetOverride('D.groupHomes.refundRate')
    expect(store.getState().doc.overrides).toEqual({})
    store.getState().undo()
    expect(store.getState().doc.overrides).toEqual({ 'D.groupHomes.refundRate': '0.5' })
  })

  it('does not make opening a model an undoable step', () => {
    const store = opened()
    store.getState().setMeasure('A', false)
    store.getState().openModel(model)
    store.getState().undo()
    expect(store.getState().doc.selection).toEqual(model.packages?.[0]?.measures)
  })
})

describe('the recommendation a model opens with', () => {
  const measures = [
    measureJson('A'),
    measureJson('B', { status: 'considered' }),
    measureJson('C'),
    measureJson('D', { status: 'considered' }),
  ]
  const requires = {
    kind: 'requires',
    id: 'cNeedsD',
    measure: 'C',
    requires: ['D'],
    reason: 'C bygger på D.',
  }

  it('is the recommended measures when the model has no packages', () => {
    const store = createScenarioStore()
    store.getState().openModel(validModel(minimalModel({ measures })))
    expect(store.getState().doc.selection).toEqual(['A', 'C'])
  })

  it('leaves out a recommended measure whose requirement is not recommended', () => {
    const store = createScenarioStore()
    store.getState().openModel(validModel(minimalModel({ measures, rules: [requires] })))
    expect(store.getState().doc.selection).toEqual(['A'])
  })

  it('is the first package’s measures when the model has packages', () => {
    const store = createScenarioStore()
    const packages = [
      { id: 'p1', title: 'Første', measures: ['B'] },
      { id: 'p2', title: 'Andre', measures: ['A'] },
    ]
    store.getState().openModel(validModel(minimalModel({ measures, packages })))
    expect(store.getState().doc.selection).toEqual(['B'])
  })
})

describe('edits that change nothing, and what each edit says', () => {
  it('adds no undo step and keeps the notice when a measure is switched to what it already is', () => {
    const store = opened()
    store.getState().setMeasure('B2', true)
    const { history, notice } = store.getState()
    store.getState().setMeasure('B2', true)
    store.getState().setMeasure('P', false)
    expect(store.getState().history).toBe(history)
    expect(store.getState().notice).toBe(notice)
  })

  it('says nothing when no rule switched anything with the measure', () => {
    const store = opened()
    store.getState().setMeasure('B2', true)
    store.getState().setMeasure('A', false)
    expect(store.getState().notice).toBeNull()
  })

  it('clears the notice on undo, on redo and when dismissed', () => {
    const store = opened()
    store.getState().setMeasure('B2', true)
    store.getState().undo()
    expect(store.getState().notice).toBeNull()
    store.getState().redo()
    expect(store.getState().doc.selection).toContain('B2')
    expect(store.getState().notice).toBeNull()
    store.getState().setMeasure('B3', true)
    store.getState().dismissNotice()
    expect(store.getState().notice).toBeNull()
  })

  it('adds no undo step when the recommendation is already chosen, in whatever order', () => {
    const store = opened()
    store.getState().setMeasure('A', false)
    store.getState().setMeasure('A', true)
    expect(store.getState().doc.selection.at(-1)).toBe('A')
    const { history } = store.getState()
    store.getState().restoreRecommendation()
    expect(store.getState().history).toBe(history)
  })

  it('goes back to the recommendation from a choice of as many other measures', () => {
    const store = opened()
    store.getState().setMeasure('A', false)
    store.getState().setMeasure('P', true)
    store.getState().restoreRecommendation()
    expect(store.getState().doc.selection).toContain('A')
    expect(store.getState().doc.selection).not.toContain('P')
  })

  it('does nothing to go back to without a model', () => {
    const store = createScenarioStore()
    store.getState().restoreRecommendation()
    expect(store.getState().history.past).toEqual([])
  })

  it('takes an assumption back to the file’s value when set to nothing', () => {
    const store = opened()
    store.getState().setOverride('D.groupHomes.refundRate', '0.5')
    store.getState().setOverride('D.groupHomes.refundRate', null)
    expect(store.getState().doc.overrides).toEqual({})
  })

  it('makes edits of two assumptions in a row two undo steps', () => {
    const store = opened()
    store.getState().setOverride('D.groupHomes.refundRate', '0.5')
    store.getState().setOverride('A.staff.costPerStaffYear', '800000')
    store.getState().undo()
    expect(store.getState().doc.overrides).toEqual({ 'D.groupHomes.refundRate': '0.5' })
  })
})
