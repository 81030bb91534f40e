import { deleteDB } from 'idb'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { startPersistence } from '../../src/state/persistence'
import { Database } from '../../src/state/storage/database'
import { ModelRepository } from '../../src/state/storage/modelRepository'
import { ScenarioRepository } from '../../src/state/storage/scenarioRepository'
import { createScenarioStore } from '../../src/state/store'
import { vestvagoy } from '../builders/model'
import { closeTabs, fakeBrowser, freshDb, openTab, settle } from '../builders/tabs'

afterEach(() => {
  closeTabs()
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
})

/** The draft a tab keeps in the database, read as another tab would. */
async function storedDraft(db: string, tab: string) {
  const repo = await ScenarioRepository.open(db)
  const { draft } = await repo.draft(tab)
  repo.close()
  return draft
}

describe('the unsaved work a tab keeps', () => {
  it('is removed once the screen holds no unsaved work again', async () => {
    const db = freshDb()
    const store = await openTab(db, { tab: 't' })
    store.getState().setMeasure('A', false)
    await settle()
    expect(await storedDraft(db, 't')).not.toBeNull()
    store.getState().setMeasure('A', true)
    await settle()
    expect(await storedDraft(db, 't')).toBeNull()
  })

  it('is kept as untitled, under a placeholder name, while it has no name', async () => {
    const db = freshDb()
    const store = await openTab(db, { tab: 't' })
    store.setState({ current: { ...store.getState().current, name: '   ' } })
    store.getState().setMeasure('A', false)
    await settle()
    expect(await storedDraft(db, 't')).toMatchObject({
      untitled: true,
      base: null,
      published: null,
      scenario: { name: '(uten navn)' },
    })
  })

  it('keeps its name and the saved scenario it is based on', async () => {
    const db = freshDb()
    const store = await openTab(db, { tab: 't' })
    await store.getState().save('Lagret', 'Notat')
    const id = store.getState().current.id!
    store.getState().setMeasure('A', false)
    await settle()
    expect(await storedDraft(db, 't')).toMatchObject({
      untitled: false,
      base: { id, rev: 1 },
      scenario: { name: 'Lagret', note: 'Notat' },
    })
  })

  it('is written when only the name or note on screen changes', async () => {
    const db = freshDb()
    const store = await openTab(db, { tab: 't' })
    await store.getState().save('Lagret', '')
    store.setState({ current: { ...store.getState().current, note: 'Nytt notat' } })
    await settle()
    expect((await storedDraft(db, 't'))?.scenario.note).toBe('Nytt notat')
  })

  it('is written one write at a time, the last change last', async () => {
    const db = freshDb()
    const store = await openTab(db, { tab: 't' })
    const put = vi.spyOn(ScenarioRepository.prototype, 'putDraft')
    store.getState().setMeasure('A', false)
    // The write of A begins once the task that made the change is done; H and K come during it.
    await Promise.resolve()
    expect(put).toHaveBeenCalledTimes(1)
    store.getState().setMeasure('H', false)
    store.getState().setMeasure('K', false)
    // Waits for the writes themselves, not a while: on a busy machine the second may start late.
    await store.getState().flushDraft()
    expect(put).toHaveBeenCalledTimes(2)
    expect((await storedDraft(db, 't'))?.scenario.selection).not.toContain('K')
    store.getState().setMeasure('N', false)
    await store.getState().flushDraft()
    expect(put).toHaveBeenCalledTimes(3)
  })

  it('is written once for the changes one task makes, after that task', async () => {
    const db = freshDb()
    const store = await openTab(db, { tab: 't' })
    const put = vi.spyOn(ScenarioRepository.prototype, 'putDraft')
    store.getState().setMeasure('A', false)
    store.getState().setMeasure('H', false)
    expect(put).not.toHaveBeenCalled()
    await settle()
    expect(put).toHaveBeenCalledTimes(1)
    expect((await storedDraft(db, 't'))?.scenario.selection).not.toContain('H')
  })

  it('is written once for one change', async () => {
    const store = await openTab(freshDb(), { tab: 't' })
    const put = vi.spyOn(ScenarioRepository.prototype, 'putDraft')
    store.getState().setMeasure('A', false)
    await store.getState().flushDraft()
    await settle()
    expect(put).toHaveBeenCalledTimes(1)
  })

  it('says once that it cannot be written, and keeps the work on screen', async () => {
    const store = await openTab(freshDb())
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    store.getState().setMeasure('A', false)
    await settle()
    const issue = store.getState().storageIssue
    expect(issue).toEqual({ failure: 'full' })
    store.getState().setMeasure('H', false)
    await settle()
    expect(store.getState().storageIssue).toBe(issue)
    expect(store.getState().doc.selection).not.toContain('H')
  })

  it('is written when the page is hidden, and not while it is shown', async () => {
    const target = new EventTarget()
    const store = await openTab(freshDb(), { target })
    store.getState().setMeasure('A', false)
    await settle()
    const put = vi.spyOn(ScenarioRepository.prototype, 'putDraft')
    vi.stubGlobal('document', { visibilityState: 'visible' })
    target.dispatchEvent(new Event('visibilitychange'))
    await settle()
    expect(put).not.toHaveBeenCalled()
    vi.stubGlobal('document', { visibilityState: 'hidden' })
    target.dispatchEvent(new Event('visibilitychange'))
    await settle()
    expect(put).toHaveBeenCalledTimes(1)
  })
})

describe('writing the unsaved work before the page is replaced (a new version)', () => {
  it('resolves once the last change is written, also one made during a write under way', async () => {
    const store = await openTab(freshDb(), { tab: 't' })
    const put = vi.spyOn(ScenarioRepository.prototype, 'putDraft')
    store.getState().setMeasure('A', false)
    store.getState().setMeasure('K', false)
    expect(await store.getState().flushDraft()).toBe(true)
    expect(put.mock.calls.at(-1)?.[1].scenario.selection).not.toContain('K')
    expect(put.mock.settledResults.at(-1)?.type).toBe('fulfilled')
  })

  it('resolves once the model editor’s work is written too', async () => {
    const store = await openTab(freshDb(), { tab: 't' })
    // A slow disk: the editor's work is written when the test says so.
    let finish = () => undefined as void
    vi.spyOn(ModelRepository.prototype, 'putSetting').mockImplementation(
      () => new Promise<void>((resolve) => (finish = resolve)),
    )
    store.getState().newModel(new Date(2026, 0, 1))
    let flushed = false
    const flushing = store
      .getState()
      .flushDraft()
      .then((written) => (flushed = written))
    await settle()
    expect(flushed).toBe(false)
    finish()
    await flushing
    expect(flushed).toBe(true)
  })

  it('resolves false when the work cannot be written, and true when there is none', async () => {
    const store = await openTab(freshDb())
    expect(await store.getState().flushDraft()).toBe(true)
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    store.getState().setMeasure('A', false)
    expect(await store.getState().flushDraft()).toBe(false)
  })
})

describe('a tab without storage (private mode, storage refused)', () => {
  const noStorage = () =>
    openTab(freshDb(), {
      open: () => Promise.reject(new DOMException('The operation is insecure.', 'SecurityError')),
    })

  it('says before the page is replaced that unsaved work could not be kept, and not otherwise', async () => {
    const store = await noStorage()
    expect(store.getState().repository).toBeNull()
    expect(await store.getState().flushDraft()).toBe(true)
    store.getState().setMeasure('A', false)
    expect(await store.getState().flushDraft()).toBe(false)
  })

  it('says so for the model editor’s work too', async () => {
    const store = await noStorage()
    store.getState().newModel(new Date(2026, 0, 1))
    expect(await store.getState().flushDraft()).toBe(false)
  })
})

describe('a tab as it starts', () => {
  it('holds the switches until its own work has been read back, also when started again', async () => {
    const store = createScenarioStore()
    store.getState().openModel(vestvagoy())
    // Connected once already: the app started again (a remount) on the same store.
    store.setState({ restoring: false })
    // A slow disk: the database answers when the test says so. The test waits until the database
    // is held back, however long opening it takes on a busy machine, so that its answer is not lost.
    let holding: (answer: () => void) => void = () => undefined
    const held = new Promise<() => void>((resolve) => (holding = resolve))
    const starting = startPersistence(store, {
      tab: 't',
      target: null,
      open: async (events) => {
        const database = await Database.open(freshDb(), events)
        await new Promise<void>((answer) => holding(answer))
        return database
      },
    })
    const answer = await held
    await settle()
    expect(store.getState().restoring).toBe(true)
    answer()
    const stop = await starting
    expect(store.getState().restoring).toBe(false)
    stop()
  })

  it('brings back the model editor’s work of its own tab, not another tab’s', async () => {
    const db = freshDb()
    const first = await openTab(db, { tab: 'first' })
    first.getState().newModel(new Date(2026, 0, 1))
    await first.getState().flushDraft()
    const second = await openTab(db, { tab: 'second' })
    second.getState().newModel(new Date(2030, 0, 1))
    await second.getState().flushDraft()
    first.close()
    const reloaded = await openTab(db, { tab: 'first' })
    expect(reloaded.getState().modelEdit?.file['baseYear']).toBe(2026)
  })

  it('has nothing to report, and offers no work of its own as a closed tab’s', async () => {
    const db = freshDb()
    const browser = fakeBrowser()
    const env = browser.tabEnv()
    const first = await openTab(db, { env })
    first.getState().setMeasure('A', false)
    await settle()
    const tab = first.getState().tab!
    first.close()
    browser.leave(tab)
    const again = await openTab(db, { env })
    expect(again.getState().tab).toBe(tab)
    expect(again.getState().orphans).toEqual([])
    expect(again.getState().storageIssue).toBeNull()
    expect(again.getState().doc.selection).not.toContain('A')
  })

  it('runs where there is no window, keeping its work all the same', async () => {
    const db = freshDb()
    const store = createScenarioStore()
    store.getState().openModel(vestvagoy())
    const stop = await startPersistence(store, {
      tab: 't',
      open: (events) => Database.open(db, events),
    })
    store.getState().setMeasure('A', false)
    await settle()
    stop()
    await settle()
    expect(await storedDraft(db, 't')).not.toBeNull()
  })

  it('offers no closed tab’s work where the browser cannot tell which tabs are open', async () => {
    const db = freshDb()
    const other = await openTab(db, { tab: 'other' })
    other.getState().setMeasure('A', false)
    await settle()
    other.close()
    const store = await openTab(db, { env: { session: null, locks: null } })
    expect(store.getState().orphans).toEqual([])
    expect(store.getState().storageIssue).toBeNull()
  })

  it('works, and saves, in a browser without BroadcastChannel', async () => {
    vi.stubGlobal('BroadcastChannel', undefined)
    const store = await openTab(freshDb())
    expect(await store.getState().save('Uten kanal', '')).toBe(true)
    expect(store.getState().storageIssue).toBeNull()
  })
})

describe('what other tabs say', () => {
  it('is heard only when it says which scenario changed', async () => {
    const store = await openTab(freshDb())
    const heard = vi.fn(() => Promise.resolve())
    store.setState({ otherTabChanged: heard })
    const other = new BroadcastChannel('omstilling-scenarios')
    for (const message of [
      null,
      'changed',
      { type: 'changed' },
      { type: 'changed', id: 7 },
      { type: 'removed', id: 's1' },
      { id: 's1' },
      { type: 'changed', id: 's1' },
    ])
      other.postMessage(message)
    await settle()
    other.close()
    expect(heard.mock.calls).toEqual([['s1']])
  })
})

describe('what a tab tells the others', () => {
  it('a rename, a copy, a removal and its undoing each reach the other tab’s list', async () => {
    const db = freshDb()
    const a = await openTab(db)
    const b = await openTab(db)
    const names = () => b.getState().saved.map((s) => s.name)
    await a.getState().save('Forslag', '')
    await settle()
    expect(names()).toEqual(['Forslag'])
    const id = a.getState().current.id!
    await a.getState().rename(id, 'Nytt navn', '')
    await settle()
    expect(names()).toEqual(['Nytt navn'])
    await a.getState().duplicate(id, 'Kopi')
    await settle()
    expect(names().sort()).toEqual(['Kopi', 'Nytt navn'])
    await a.getState().remove(id)
    await settle()
    expect(names()).toEqual(['Kopi'])
    await a.getState().undoRemove()
    await settle()
    expect(names().sort()).toEqual(['Kopi', 'Nytt navn'])
  })
})

describe('a tab disconnected from storage', () => {
  it('hears no more from the page, from other tabs or from the database', async () => {
    const db = freshDb()
    const target = new EventTarget()
    const store = await openTab(db, { tab: 't', target })
    store.getState().setMeasure('A', false)
    await settle()
    const heard = vi.fn(() => Promise.resolve())
    store.setState({ otherTabChanged: heard })
    store.close()
    await settle()
    const put = vi.spyOn(ScenarioRepository.prototype, 'putDraft')

    target.dispatchEvent(new Event('pagehide'))
    vi.stubGlobal('document', { visibilityState: 'hidden' })
    target.dispatchEvent(new Event('visibilitychange'))
    store.getState().setMeasure('H', false)
    const other = new BroadcastChannel('omstilling-scenarios')
    other.postMessage({ type: 'changed', id: 's1' })
    await settle()
    other.close()
    await deleteDB(db)
    expect(put).not.toHaveBeenCalled()
    expect(heard).not.toHaveBeenCalled()
    expect(store.getState().storageIssue).toBeNull()
  })

  it('tells other tabs nothing more', async () => {
    const store = await openTab(freshDb())
    store.close()
    const other = new BroadcastChannel('omstilling-scenarios')
    const heard = vi.fn()
    other.onmessage = heard
    store.getState().announce({ type: 'changed', id: 's1' })
    await settle()
    other.close()
    expect(heard).not.toHaveBeenCalled()
  })
})
