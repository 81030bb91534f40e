import { afterEach, describe, expect, it } from 'vitest'
import { ScenarioRepository } from '../../src/state/storage/scenarioRepository'
import { createScenarioStore } from '../../src/state/store'
import { closeTabs, fakeBrowser, freshDb, openTab, settle } from '../builders/tabs'

afterEach(() => closeTabs())

/** A browser in which one tab per measure was closed with that measure switched off. */
async function withClosedTabs(...measures: string[]) {
  const db = freshDb()
  const browser = fakeBrowser()
  const closed: string[] = []
  for (const measure of measures) {
    const tab = await openTab(db, { env: browser.tabEnv() })
    tab.getState().setMeasure(measure, false)
    await settle()
    const id = tab.getState().tab!
    tab.close()
    browser.leave(id)
    closed.push(id)
  }
  const store = await openTab(db, { env: browser.tabEnv() })
  const draftOf = async (tab: string) => {
    const repo = await ScenarioRepository.open(db)
    const { draft } = await repo.draft(tab)
    repo.close()
    return draft
  }
  return { store, closed, draftOf, db }
}

describe('the work of tabs that were closed', () => {
  it('is offered tab by tab, and the one chosen opens in the editor', async () => {
    const { store, closed } = await withClosedTabs('A', 'H')
    const [first, second] = closed as [string, string]
    expect(
      store
        .getState()
        .orphans.map((o) => o.tab)
        .sort(),
    ).toEqual([first, second].sort())
    store.getState().showView('compare')
    await store.getState().openOrphan(second)
    expect(store.getState().view).toBe('editor')
    expect(store.getState().doc.selection).toContain('A')
    expect(store.getState().doc.selection).not.toContain('H')
    expect(store.getState().orphans.map((o) => o.tab)).toEqual([first])
  })

  it('asks first when the screen has unsaved work, naming the work chosen', async () => {
    const { store, closed } = await withClosedTabs('A', 'H')
    // The one listed second, so that picking the first listed would show.
    const chosen = store.getState().orphans[1]!.tab
    const off = chosen === closed[0] ? 'A' : 'H'
    store.getState().setMeasure('K', false)
    const doc = store.getState().doc
    await store.getState().openOrphan(chosen)
    expect(store.getState().pending).toMatchObject({ kind: 'draft', tab: chosen })
    const pending = store.getState().pending
    expect(pending?.kind === 'draft' && pending.draft.scenario.selection).not.toContain(off)
    expect(store.getState().doc).toBe(doc)
    expect(store.getState().orphans).toHaveLength(2)

    await store.getState().continuePending()
    expect(store.getState().doc.selection).not.toContain(off)
    expect(store.getState().doc.selection).toContain('K')
    expect(store.getState().orphans.map((o) => o.tab)).not.toContain(chosen)
  })

  it('does nothing for a tab that is not offered', async () => {
    const { store } = await withClosedTabs('A')
    const before = store.getState()
    await store.getState().openOrphan('no-such-tab')
    expect(store.getState().pending).toBeNull()
    expect(store.getState().doc).toBe(before.doc)
    expect(store.getState().orphans).toBe(before.orphans)
    expect(store.getState().storageIssue).toBeNull()
  })

  it('asks nothing about a tab that is not offered, with unsaved work on screen', async () => {
    const { store } = await withClosedTabs('A')
    store.getState().setMeasure('H', false)
    await store.getState().openOrphan('no-such-tab')
    expect(store.getState().pending).toBeNull()
    expect(store.getState().doc.selection).not.toContain('H')
  })

  it('takes no closed tab’s work before this tab has storage of its own', async () => {
    const store = createScenarioStore()
    await store.getState().adoptOrphan('a-closed-tab')
    expect(store.getState().storageIssue).toBeNull()
  })

  it('is deleted when the user says so, that tab’s alone', async () => {
    const { store, closed, draftOf } = await withClosedTabs('A', 'H')
    const [first, second] = closed as [string, string]
    await store.getState().discardOrphan(first)
    expect(store.getState().orphans.map((o) => o.tab)).toEqual([second])
    expect(await draftOf(first)).toBeNull()
    expect((await draftOf(second))?.scenario.selection).not.toContain('H')
    expect(store.getState().doc.selection).toContain('A')
  })

  it('stays offered, and the screen as it is, when another tab took it over first', async () => {
    const { store, closed, db } = await withClosedTabs('A')
    const [gone] = closed as [string]
    const other = await ScenarioRepository.open(db)
    await other.adoptDraft(gone, 'other-tab')
    other.close()
    const doc = store.getState().doc
    await store.getState().openOrphan(gone)
    expect(store.getState().storageIssue?.failure).toBe('notFound')
    expect(store.getState().doc).toBe(doc)
  })

  it('is neither offered nor deleted without storage, and the user is told so', async () => {
    const store = createScenarioStore()
    expect(store.getState().orphans).toEqual([])
    const draft = (await withClosedTabs('A')).store.getState().orphans[0]!.draft
    store.setState({ orphans: [{ tab: 't', draft }] })
    await store.getState().discardOrphan('t')
    expect(store.getState().orphans).toHaveLength(1)
    expect(store.getState().storageIssue).toEqual({ failure: 'unavailable' })
  })
})
