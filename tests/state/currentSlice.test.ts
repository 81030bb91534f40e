import { afterEach, describe, expect, it } from 'vitest'
import { isDirty } from '../../src/state/currentScenario'
import type { Draft } from '../../src/state/storage/scenarioRepository'
import { createScenarioStore } from '../../src/state/store'
import { scenarioOf } from '../builders/scenario'
import { closeTabs, freshDb, openTab } from '../builders/tabs'

afterEach(() => closeTabs())

/** A tab with one saved scenario open, unchanged. */
async function withSaved(name = 'Lagret') {
  const store = await openTab(freshDb())
  await store.getState().save(name, 'Notat')
  return { store, saved: store.getState().saved[0]! }
}

const draftOf = (extra: Partial<Draft> = {}): Draft => ({
  scenario: scenarioOf({ name: 'Utkast', note: 'Utkastnotat', selection: ['A', 'H'] }),
  base: null,
  published: null,
  untitled: false,
  savedAt: '2026-01-01T00:00:00.000Z',
  ...extra,
})

describe('opening a scenario', () => {
  it('shows it in the editor with nothing left over from before', async () => {
    const { store } = await withSaved()
    store.getState().setMeasure('B2', true)
    await store.getState().save()
    store.getState().showView('compare')
    store.getState().open(scenarioOf({ model: { id: 'annen', version: '1' }, name: 'Feil' }))
    expect(store.getState().refused?.name).toBe('Feil')
    expect(store.getState().notice).not.toBeNull()

    expect(store.getState().open(scenarioOf({ name: 'Ny' }))).toBe(true)
    expect(store.getState()).toMatchObject({
      view: 'editor',
      notice: null,
      refused: null,
      pending: null,
      conflict: null,
    })
    expect(store.getState().current).toMatchObject({ id: null, rev: null, name: 'Ny' })
  })

  it('refuses a scenario made on another model, saying which, and changes nothing', async () => {
    const { store } = await withSaved()
    const { doc, current } = store.getState()
    expect(store.getState().open(scenarioOf({ model: { id: 'annen', version: '1' } }))).toBe(false)
    expect(store.getState().refused).toEqual({
      name: 'Testscenario',
      problems: [{ code: 'scenarioForOtherModel', expected: 'vestvagoy-2014', found: 'annen' }],
    })
    expect(store.getState()).toMatchObject({ doc, current })
  })

  it('opens nothing before a model is open', () => {
    const store = createScenarioStore()
    expect(store.getState().open(scenarioOf())).toBe(false)
    expect(store.getState().doc.selection).toEqual([])
  })

  it('has nothing to open on the new version when nothing waits for it', async () => {
    const store = await openTab(freshDb())
    expect(store.getState().openOnNewVersion()).toBe(false)
    await store.getState().continuePending()
    expect(store.getState().current.name).toBe('')
  })

  it('opens a saved scenario that could not be carried over whole as a new one, with what was lost', async () => {
    const { store, saved } = await withSaved()
    const older = { ...saved, selection: [...saved.selection, 'ZZ'] }
    store.setState({ saved: [older] })
    expect(store.getState().open(older)).toBe(true)
    expect(store.getState().current).toMatchObject({
      id: null,
      rev: null,
      published: saved.id,
      base: null,
      adapted: [{ code: 'measuresNotInModel', ids: ['ZZ'] }],
    })
  })
})

describe('a save in another tab', () => {
  it('changes nothing here when it is of another scenario, or of the revision shown', async () => {
    const { store, saved } = await withSaved()
    store.getState().setMeasure('A', false)
    store.getState().setMeasure('A', true)
    const { history, doc } = store.getState()
    await store.getState().otherTabChanged('en-annen')
    await store.getState().otherTabChanged(saved.id)
    expect(store.getState()).toMatchObject({ history, doc, conflict: null })
  })

  it('offers their newer save against unsaved work, which the user may take, keep or leave', async () => {
    const { store, saved } = await withSaved()
    const theirs = { ...saved, rev: 2, name: 'Deres', selection: ['A'] }
    store.getState().setMeasure('H', false)
    store.setState({ conflict: theirs })

    await store.getState().resolveConflict('dismiss')
    expect(store.getState().conflict).toBeNull()
    expect(store.getState().doc.selection).not.toContain('H')

    store.setState({ conflict: theirs })
    await store.getState().resolveConflict('theirs')
    expect(store.getState().doc.selection).toEqual(['A'])
    expect(store.getState().current.name).toBe('Deres')
    expect(store.getState().conflict).toBeNull()
  })

  it('keeps the work on screen as a new scenario under their name when it has none', async () => {
    const store = await openTab(freshDb())
    const theirs = { ...scenarioOf({ name: 'Deres' }), id: 'x', rev: 2 }
    store.setState({ conflict: { ...theirs, createdAt: '', updatedAt: '' } })
    await store.getState().resolveConflict('mine')
    expect(store.getState().saved.map((s) => s.name)).toEqual(['Deres'])
    expect(store.getState().conflict).toBeNull()
  })

  it('does nothing to resolve when there is no conflict', async () => {
    const store = await openTab(freshDb())
    await store.getState().resolveConflict('mine')
    expect(store.getState().saved).toEqual([])
  })
})

describe('unsaved work brought back after a reload', () => {
  it('comes back as it was, unnamed when it had no name, and is not an undo step', async () => {
    const store = await openTab(freshDb())
    store.getState().setMeasure('B2', true)
    store.getState().restoreDraft(draftOf({ published: 'pub-1', untitled: true }))
    expect(store.getState().doc).toEqual({
      selection: ['A', 'H'],
      overrides: { 'D.groupHomes.refundRate': '0.9' },
    })
    expect(store.getState()).toMatchObject({ notice: null, conflict: null, storageIssue: null })
    expect(store.getState().history.past).toEqual([])
    expect(store.getState().current).toEqual({
      id: null,
      rev: null,
      name: '',
      note: 'Utkastnotat',
      published: 'pub-1',
      base: null,
      adapted: [],
    })
  })

  it('keeps its name, and says what could not be carried over', async () => {
    const store = await openTab(freshDb())
    const scenario = scenarioOf({ name: 'Utkast', selection: ['A', 'ZZ'] })
    store.getState().restoreDraft(draftOf({ scenario }))
    expect(store.getState().current).toMatchObject({
      name: 'Utkast',
      adapted: [{ code: 'measuresNotInModel', ids: ['ZZ'] }],
    })
  })

  it('is based on the saved scenario it came from, and unchanged work shows as unchanged', async () => {
    const { store, saved } = await withSaved()
    store.getState().restoreDraft(draftOf({ scenario: saved, base: { id: saved.id, rev: 1 } }))
    const { current, doc } = store.getState()
    expect(current).toMatchObject({ id: saved.id, rev: 1, name: 'Lagret' })
    expect(current.base).toEqual({
      name: 'Lagret',
      note: 'Notat',
      doc: { selection: saved.selection, overrides: saved.overrides },
    })
    expect(isDirty(current, doc)).toBe(false)
    expect(store.getState().conflict).toBeNull()
  })

  it('says at once when the scenario it came from was saved again since', async () => {
    const { store, saved } = await withSaved()
    const newer = { ...saved, rev: 3 }
    store.setState({ saved: [newer] })
    store.getState().restoreDraft(draftOf({ scenario: saved, base: { id: saved.id, rev: 1 } }))
    expect(store.getState().current).toMatchObject({ id: saved.id, rev: 1, base: null })
    expect(store.getState().conflict).toEqual(newer)
  })

  it('says so when the scenario it came from was deleted, and keeps the work unsaved', async () => {
    const store = await openTab(freshDb())
    store.getState().restoreDraft(draftOf({ base: { id: 'borte', rev: 1 } }))
    expect(store.getState().current).toMatchObject({ id: null, rev: null, base: null })
    expect(store.getState().storageIssue).toEqual({ failure: 'deletedElsewhere', name: 'Utkast' })
    expect(store.getState().doc.selection).toEqual(['A', 'H'])
  })

  it('is left alone when made on another model, or before a model is open', async () => {
    const store = await openTab(freshDb())
    const doc = store.getState().doc
    const other = scenarioOf({ model: { id: 'annen', version: '1' } })
    store.getState().restoreDraft(draftOf({ scenario: other }))
    expect(store.getState().doc).toBe(doc)

    const empty = createScenarioStore()
    empty.getState().restoreDraft(draftOf())
    expect(empty.getState().doc.selection).toEqual([])
  })
})
