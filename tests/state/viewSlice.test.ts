import { describe, expect, it } from 'vitest'
import { createScenarioStore } from '../../src/state/store'

describe('how the user looks at the scenario', () => {
  it('starts in the editor, in Norwegian, in millions, on every measure and the first plan year', () => {
    expect(createScenarioStore().getState()).toMatchObject({
      view: 'editor',
      compare: [],
      lang: 'nb',
      unit: 'mill',
      year: null,
      filter: 'all',
      search: '',
      expanded: [],
      meeting: false,
    })
  })

  it('keeps each choice the user makes', () => {
    const store = createScenarioStore()
    const s = store.getState()
    s.setLang('en')
    s.setUnit('thousand')
    s.setYear(2016)
    s.setFilter('chosen')
    s.setSearch('bolig')
    s.showView('compare')
    expect(store.getState()).toMatchObject({
      lang: 'en',
      unit: 'thousand',
      year: 2016,
      filter: 'chosen',
      search: 'bolig',
      view: 'compare',
    })
  })

  it('opens and closes a measure’s details, leaving the others as they are', () => {
    const store = createScenarioStore()
    store.getState().toggleExpanded('A')
    store.getState().toggleExpanded('B1')
    expect(store.getState().expanded).toEqual(['A', 'B1'])
    store.getState().toggleExpanded('A')
    expect(store.getState().expanded).toEqual(['B1'])
  })

  it('compares at most four scenarios, letting the one chosen first go', () => {
    const store = createScenarioStore()
    for (const id of ['s1', 's2', 's3', 's4']) store.getState().toggleCompare(id)
    expect(store.getState().compare).toEqual(['s1', 's2', 's3', 's4'])
    store.getState().toggleCompare('s5')
    expect(store.getState().compare).toEqual(['s2', 's3', 's4', 's5'])
    store.getState().toggleCompare('s3')
    expect(store.getState().compare).toEqual(['s2', 's4', 's5'])
  })

  it('turns meeting mode on and off again', () => {
    const store = createScenarioStore()
    store.getState().toggleMeeting()
    expect(store.getState().meeting).toBe(true)
    store.getState().toggleMeeting()
    expect(store.getState().meeting).toBe(false)
  })
})
