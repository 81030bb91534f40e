import { openDB } from 'idb'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defaultModelKey } from '../../src/state/modelsSlice'
import { startPersistence } from '../../src/state/persistence'
import { shareFragment, readShareFragment } from '../../src/state/share/shareLink'
import { Database } from '../../src/state/storage/database'
import { createScenarioStore } from '../../src/state/store'
import { ScenarioRepository } from '../../src/state/storage/scenarioRepository'
import { closeTabs, fakeBrowser, freshDb, openTab, settle } from '../builders/tabs'
import { vestvagoy } from '../builders/model'
import { scenarioOf } from '../builders/scenario'

afterEach(() => {
  closeTabs()
  vi.restoreAllMocks()
})

describe('a rename in one tab never carries another tab’s older work over a newer save', () => {
  it('keeps A’s save when B, based on the older revision, renames and then saves', async () => {
    const db = freshDb()
    const a = await openTab(db)
    const b = await openTab(db)
    await a.getState().save('S', '')
    await settle()
    const id = a.getState().current.id!
    b.getState().open(b.getState().saved.find((s) => s.id === id)!)

    b.getState().setMeasure('K', false)
    a.getState().setMeasure('N', false)
    await a.getState().save()
    await settle()

    expect(await b.getState().rename(id, 'Nytt navn', '')).toBe(true)
    expect(await b.getState().save()).toBe(false)
    expect(b.getState().storageIssue?.failure).toBe('conflict')
    const stored = await a.getState().repository!.get(id)
    expect(stored.name).toBe('Nytt navn')
    expect(stored.selection).not.toContain('N')
    expect(stored.selection).toContain('K')
  })

  it('moves the document on with a rename of the revision it is based on', async () => {
    const store = await openTab(freshDb())
    await store.getState().save('Før', '')
    const id = store.getState().current.id!
    await store.getState().rename(id, 'Etter', 'Notat')
    expect(store.getState().current).toMatchObject({ rev: 2, name: 'Etter', note: 'Notat' })
    store.getState().setMeasure('K', false)
    expect(await store.getState().save()).toBe(true)
  })
})

describe('unsaved work is never replaced without a question', () => {
  const withTwoSaved = async () => {
    const store = await openTab(freshDb())
    await store.getState().save('Første', '')
    await store.getState().saveAsNew('Andre', '')
    const named = (name: string) => store.getState().saved.find((s) => s.name === name)!
    return { store, first: named('Første'), second: named('Andre') }
  }

  it('opens at once when nothing is unsaved, with a history of its own', async () => {
    const { store, first } = await withTwoSaved()
    store.getState().setMeasure('K', false)
    await store.getState().save()
    expect(store.getState().history.past.length).toBeGreaterThan(0)
    expect(store.getState().open(first)).toBe(true)
    expect(store.getState().history).toEqual({ past: [], future: [] })
    expect(store.getState().current.name).toBe('Første')
  })

  it('asks before opening over unsaved work, and cancelling keeps everything', async () => {
    const { store, first } = await withTwoSaved()
    store.getState().setMeasure('K', false)
    const doc = store.getState().doc
    expect(store.getState().open(first)).toBe(false)
    expect(store.getState().pending).toMatchObject({ kind: 'scenario', scenario: first })
    store.getState().cancelPending()
    expect(store.getState().pending).toBeNull()
    expect(store.getState().doc).toBe(doc)
    expect(store.getState().history.past).toHaveLength(1)
    expect(store.getState().current.name).toBe('Andre')
  })

  it('opens once the user saves the unsaved work, or chooses to discard it', async () => {
    const { store, first, second } = await withTwoSaved()
    store.getState().setMeasure('K', false)
    store.getState().open(first)
    expect(await store.getState().save()).toBe(true)
    await store.getState().continuePending()
    expect(store.getState().pending).toBeNull()
    expect(store.getState().current.name).toBe('Første')
    expect(store.getState().saved.find((s) => s.id === second.id)?.selection).not.toContain('K')

    store.getState().setMeasure('H', false)
    store.getState().open(second)
    await store.getState().continuePending()
    expect(store.getState().current.name).toBe('Andre')
    expect(store.getState().doc.selection).toContain('H')
  })

  it('opens a scenario as just saved, when it is the one whose changes the user saved', async () => {
    const { store, first } = await withTwoSaved()
    store.getState().open(first)
    store.getState().setMeasure('K', false)
    store.getState().open(first)
    await store.getState().save()
    await store.getState().continuePending()
    expect(store.getState().doc.selection).not.toContain('K')
    expect(store.getState().current.rev).toBe(2)
  })

  it('counts a changed note as unsaved work', async () => {
    const { store, first } = await withTwoSaved()
    store.setState({ current: { ...store.getState().current, note: 'Nytt notat' } })
    expect(store.getState().open(first)).toBe(false)
  })

  it('asks before a shared link’s copy replaces unsaved work, then saves the copy', async () => {
    const store = await openTab(freshDb())
    store.getState().setMeasure('K', false)
    const link = await shareFragment(scenarioOf({ name: 'Fra lenke', selection: ['A', 'H'] }))
    store.getState().showShared(await readShareFragment(link))
    await store.getState().saveSharedCopy()
    expect(store.getState().pending).toMatchObject({ kind: 'scenario', saveCopy: true })
    expect(store.getState().view).toBe('presentation')
    expect(store.getState().doc.selection).not.toContain('K')

    await store.getState().continuePending()
    expect(store.getState().view).toBe('editor')
    // The link is left: the screen holds the copy, which the read-only view no longer shows.
    expect(store.getState().shared).toBeNull()
    expect(store.getState().current).toMatchObject({ name: 'Fra lenke' })
    expect(store.getState().saved.map((s) => s.name)).toEqual(['Fra lenke'])
    expect(store.getState().saved[0]?.selection).toEqual(['A', 'H'])
  })

  it('does not ask about a new scenario nobody has changed', async () => {
    const { store, first } = await withTwoSaved()
    store.getState().openModel(store.getState().model!)
    expect(store.getState().open(first)).toBe(true)
  })
})

describe('drafts', () => {
  it('writes unsaved work at once, so a reload right after a change keeps it', async () => {
    const db = freshDb()
    const first = await openTab(db, { tab: 'same' })
    first.getState().setMeasure('A', false)
    first.close()
    const reloaded = await openTab(db, { tab: 'same' })
    expect(reloaded.getState().doc.selection).not.toContain('A')
  })

  it('takes no change on screen from its first frame until the unsaved work is read back', async () => {
    const db = freshDb()
    const before = await openTab(db, { tab: 'same' })
    before.getState().setMeasure('A', false)
    await settle()
    before.close()
    const store = createScenarioStore()
    store.getState().openModel(vestvagoy())
    expect(store.getState().restoring).toBe(true)
    const connecting = startPersistence(store, {
      tab: 'same',
      target: null,
      open: (events) => Database.open(db, events),
    })
    expect(store.getState().restoring).toBe(true)
    const stop = await connecting
    expect(store.getState().restoring).toBe(false)
    expect(store.getState().doc.selection).not.toContain('A')
    stop()
  })

  it('writes a change that reached the store while it connected, not only with the next one', async () => {
    const db = freshDb()
    const store = createScenarioStore()
    // As the app starts: the published model is on screen before storage is connected.
    store.getState().switchModel(defaultModelKey(store.getState().bundledModels)!)
    const connecting = startPersistence(store, {
      tab: 'same',
      target: null,
      open: (events) => Database.open(db, events),
    })
    store.getState().setMeasure('A', false)
    const stop = await connecting
    await settle()
    const repo = await ScenarioRepository.open(db)
    expect((await repo.draft('same')).draft?.scenario.selection).not.toContain('A')
    repo.close()
    stop()
  })

  it('takes changes again when storage cannot be opened at all', async () => {
    const store = createScenarioStore()
    store.getState().openModel(vestvagoy())
    const stop = await startPersistence(store, {
      tab: 'x',
      target: null,
      open: () => Promise.reject(new Error('refused')),
    })
    expect(store.getState().restoring).toBe(false)
    stop()
  })

  it('writes the draft again when the page is hidden or left', async () => {
    const target = new EventTarget()
    const store = await openTab(freshDb(), { target })
    store.getState().setMeasure('A', false)
    await settle()
    const put = vi.spyOn(ScenarioRepository.prototype, 'putDraft')
    target.dispatchEvent(new Event('pagehide'))
    await settle()
    expect(put).toHaveBeenCalledTimes(1)
  })

  it('gives a duplicated tab its own draft, starting from a copy of the other’s work', async () => {
    const db = freshDb()
    const browser = fakeBrowser()
    const original = browser.tabEnv()
    const a = await openTab(db, { env: original })
    a.getState().setMeasure('A', false)
    await settle()
    const b = await openTab(db, { env: browser.tabEnv(browser.session(original.session.items)) })
    expect(b.getState().tab).not.toBe(a.getState().tab)
    expect(b.getState().doc.selection).not.toContain('A')

    b.getState().setMeasure('H', false)
    await settle()
    const repo = await ScenarioRepository.open(db)
    const ofA = (await repo.draft(a.getState().tab!)).draft
    expect(ofA?.scenario.selection).toContain('H')
    expect(ofA?.scenario.selection).not.toContain('A')
    repo.close()
  })

  it('keeps its id across a reload, when the page before it has gone', async () => {
    const db = freshDb()
    const browser = fakeBrowser()
    const env = browser.tabEnv()
    const first = await openTab(db, { env })
    const id = first.getState().tab!
    first.close()
    browser.leave(id)
    const again = await openTab(db, { env })
    expect(again.getState().tab).toBe(id)
  })

  it('offers back the unsaved work of a tab that was closed, and takes it over', async () => {
    const db = freshDb()
    const browser = fakeBrowser()
    const closed = await openTab(db, { env: browser.tabEnv() })
    closed.getState().setMeasure('A', false)
    await settle()
    const gone = closed.getState().tab!
    closed.close()
    browser.leave(gone)

    const fresh = await openTab(db, { env: browser.tabEnv() })
    expect(fresh.getState().orphans.map((o) => o.tab)).toEqual([gone])
    await fresh.getState().openOrphan(gone)
    expect(fresh.getState().doc.selection).not.toContain('A')
    expect(fresh.getState().orphans).toEqual([])
    const repo = await ScenarioRepository.open(db)
    expect((await repo.draft(gone)).draft).toBeNull()
    expect((await repo.draft(fresh.getState().tab!)).draft?.scenario.selection).not.toContain('A')
    repo.close()
  })

  it('never offers the work of a tab that is still open', async () => {
    const db = freshDb()
    const browser = fakeBrowser()
    const open = await openTab(db, { env: browser.tabEnv() })
    open.getState().setMeasure('A', false)
    await settle()
    const other = await openTab(db, { env: browser.tabEnv() })
    expect(other.getState().orphans).toEqual([])
  })

  it('tells a tab whose work is based on an older save, at once', async () => {
    const db = freshDb()
    const a = await openTab(db, { tab: 'a' })
    await a.getState().save('S', '')
    a.getState().setMeasure('K', false)
    await settle()
    a.close()
    const b = await openTab(db)
    b.getState().open(b.getState().saved[0]!)
    b.getState().setMeasure('N', false)
    await b.getState().save()
    const again = await openTab(db, { tab: 'a' })
    expect(again.getState().conflict?.rev).toBe(2)
    expect(again.getState().doc.selection).not.toContain('K')
    expect(await again.getState().save()).toBe(false)
  })
})

describe('storage that changes under the app', () => {
  it('says so when the scenario on screen is deleted in another tab, and keeps the work', async () => {
    const db = freshDb()
    const a = await openTab(db)
    const b = await openTab(db)
    // Another saved scenario stays: only the one on screen is gone.
    await a.getState().save('Blir', '')
    await a.getState().saveAsNew('Borte', '')
    await settle()
    const id = a.getState().current.id!
    b.getState().open(b.getState().saved.find((s) => s.id === id)!)
    await a.getState().remove(id)
    await settle()
    expect(b.getState().storageIssue).toEqual({ failure: 'deletedElsewhere', name: 'Borte' })
    expect(b.getState().current.id).toBeNull()
    expect(await b.getState().save('Borte igjen', '')).toBe(true)
  })

  it('makes the database anew when it is deleted while open, says so, and saves again', async () => {
    const db = freshDb()
    const store = await openTab(db)
    await store.getState().save('Før', '')
    store.getState().setMeasure('K', false)
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(db)
      request.onsuccess = () => resolve()
      request.onerror = () => reject(new Error('delete failed'))
    })
    expect(store.getState().storageIssue).toEqual({ failure: 'storageReset' })
    expect(store.getState().current.id).toBeNull()
    expect(store.getState().doc.selection).not.toContain('K')
    expect(await store.getState().save('Etter', '')).toBe(true)
    await settle()
    expect(store.getState().storageIssue).toEqual({ failure: 'storageReset' })
    expect(store.getState().saved.map((s) => s.name)).toEqual(['Etter'])
  })

  it('lists every readable scenario when others are stored as undefined, bigint or a bad date', async () => {
    const db = freshDb()
    const store = await openTab(db)
    await store.getState().save('Lesbar', '')
    const raw = await openDB(db)
    const good = store.getState().saved[0]!
    await raw.put('scenarios', undefined, 'u')
    await raw.put('scenarios', 10n, 'b')
    await raw.put('scenarios', { ...good, id: 'd', updatedAt: '2026-13-45T25:61:61Z' }, 'd')
    raw.close()
    await store.getState().refresh()
    expect(store.getState().saved.map((s) => s.name)).toEqual(['Lesbar'])
    expect(
      store
        .getState()
        .unreadable.map((u) => u.id)
        .sort(),
    ).toEqual(['b', 'd', 'u'])
  })
})
