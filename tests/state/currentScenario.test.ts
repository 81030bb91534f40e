import { describe, expect, it } from 'vitest'
import { SCENARIO_SCHEMA_VERSION } from '../../src/model/scenario/scenarioFile'
import {
  isDirty,
  NEW_SCENARIO,
  newScenario,
  scenarioFileOf,
  type CurrentScenario,
} from '../../src/state/currentScenario'
import type { ScenarioDoc } from '../../src/state/documentSlice'
import { createScenarioStore } from '../../src/state/store'
import { vestvagoy } from '../builders/model'

const doc = (selection: string[], overrides: Record<string, string> = {}): ScenarioDoc => ({
  selection,
  overrides,
})
const saved = (base: ScenarioDoc): CurrentScenario => ({
  ...newScenario(base),
  id: 's1',
  rev: 1,
  name: 'Plan',
  note: 'Notat',
  base: { name: 'Plan', note: 'Notat', doc: base },
})

describe('telling unsaved changes', () => {
  const base = doc(['A', 'B1'], { 'x.y.a': '1', 'x.y.b': '2' })

  const same = base.overrides
  it.each([
    ['the same choices in another order', doc(['B1', 'A'], { 'x.y.b': '2', 'x.y.a': '1' }), false],
    ['a measure more', doc(['A', 'B1', 'C'], same), true],
    ['a measure fewer', doc(['A'], same), true],
    ['another measure in place of one', doc(['A', 'C'], same), true],
    ['another value', doc(['A', 'B1'], { 'x.y.a': '1', 'x.y.b': '3' }), true],
    ['an assumption more', doc(['A', 'B1'], { ...same, 'x.y.c': '0' }), true],
  ])('tells %s: changed %s', (_what, now, changed) => {
    expect(isDirty(saved(base), now)).toBe(changed)
  })

  it('tells the same assumptions in another order from those it was saved with as unchanged', () => {
    const reversed = doc(['A'], { 'x.y.b': '2', 'x.y.a': '1' })
    expect(isDirty(saved(reversed), doc(['A'], { 'x.y.a': '1', 'x.y.b': '2' }))).toBe(false)
  })

  it('counts a new name or note as a change', () => {
    expect(isDirty({ ...saved(base), name: 'Ny plan' }, base)).toBe(true)
    expect(isDirty({ ...saved(base), note: 'Nytt notat' }, base)).toBe(true)
  })

  it('counts everything as unsaved when there is nothing to compare with', () => {
    expect(isDirty({ ...saved(base), base: null }, base)).toBe(true)
  })

  it('starts an unnamed scenario with nothing unsaved when a model opens', () => {
    const store = createScenarioStore()
    store.getState().openModel(vestvagoy())
    const { current, doc: opened } = store.getState()
    expect(current).toMatchObject({ id: null, rev: null, name: '', note: '', adapted: [] })
    expect(isDirty(current, opened)).toBe(false)
    store.getState().setMeasure('A', false)
    expect(isDirty(store.getState().current, store.getState().doc)).toBe(true)
  })

  it('has nothing unsaved before anything is chosen', () => {
    expect(isDirty(NEW_SCENARIO, doc([]))).toBe(false)
    expect(isDirty(createScenarioStore().getState().current, doc([]))).toBe(false)
  })
})

describe('the scenario as a file', () => {
  const model = vestvagoy()

  it('lists the chosen measures in the model’s order and the assumptions by key', () => {
    const file = scenarioFileOf(
      model,
      { name: 'Plan', note: 'Notat' },
      doc(['D', 'A', 'B2'], { 'D.groupHomes.refundRate': '0.5', 'A.staff.costPerStaffYear': '1' }),
    )
    expect(file).toEqual({
      format: 'omstilling.scenario',
      schemaVersion: SCENARIO_SCHEMA_VERSION,
      name: 'Plan',
      note: 'Notat',
      model: { id: 'vestvagoy-2014', version: '2014.1' },
      selection: ['A', 'D', 'B2'],
      overrides: { 'A.staff.costPerStaffYear': '1', 'D.groupHomes.refundRate': '0.5' },
    })
    expect(Object.keys(file.overrides)).toEqual([
      'A.staff.costPerStaffYear',
      'D.groupHomes.refundRate',
    ])
  })
})
