import type { StoreApi } from 'zustand'
import { isDirty, scenarioFileOf } from './currentScenario'
import type { TabMessage } from './scenariosSlice'
import { readKeptModelEdit } from './modelEditKept'
import { Database, type DatabaseEvents } from './storage/database'
import { ModelRepository } from './storage/modelRepository'
import { ScenarioRepository } from './storage/scenarioRepository'
import { classify } from './storage/storageError'
import type { Store } from './store'
import { browserTabEnvironment, claimTab, liveTabs, type TabEnvironment } from './tabIdentity'

const CHANNEL = 'omstilling-scenarios'
const UNTITLED = '(uten navn)'

const isTabMessage = (data: unknown): data is TabMessage =>
  typeof data === 'object' &&
  data !== null &&
  (data as TabMessage).type === 'changed' &&
  typeof (data as TabMessage).id === 'string'

export interface PersistenceOptions {
  /** This tab's id; by default claimed from sessionStorage and the browser's locks. */
  tab?: string
  open?: (events: DatabaseEvents) => Promise<Database>
  /** The browser, or a stand-in in tests. */
  env?: TabEnvironment
  /** Where page-hide and visibility events come from; none in tests that do not need them. */
  target?: Pick<Window, 'addEventListener' | 'removeEventListener'> | null
}

/**
 * Connects the store to the browser: saved scenarios in IndexedDB, this tab's draft, the work
 * of closed tabs, and the other tabs. The draft is restored before anything is written, and if it
 * cannot be read no draft is written over it. Unsaved work is written at once after each change
 * (one write at a time, the latest winning) and again when the page is hidden or left, so a
 * reload right after a change keeps it. Returns a function that disconnects.
 */
export async function startPersistence(
  store: StoreApi<Store>,
  options: PersistenceOptions = {},
): Promise<() => void> {
  store.setState({ restoring: true })
  try {
    return await connect(store, options)
  } finally {
    store.setState({ restoring: false })
  }
}

async function connect(store: StoreApi<Store>, options: PersistenceOptions): Promise<() => void> {
  const env = options.env ?? browserTabEnvironment()
  const events: DatabaseEvents = {
    // What was saved is gone; what is on screen is not, and is kept as unsaved work at once.
    deleted: () => {
      const { current } = store.getState()
      store.setState({
        storageIssue: { failure: 'storageReset' },
        current: current.id === null ? current : { ...current, id: null, rev: null, base: null },
        saved: [],
        unreadable: [],
      })
      void store.getState().refresh()
      void store.getState().refreshModels()
    },
  }
  // The tab's lock and the database are asked for at once: each waits on the browser, not on the
  // other, and the first screen is held until both have answered.
  const opening = (options.open ?? ((e) => Database.open(undefined, e)))(events).then(
    (database) => ({ ok: true as const, database }),
    (error: unknown) => ({ ok: false as const, error }),
  )
  const claimed = options.tab ? { tab: options.tab, copyFrom: null } : await claimTab(env)
  const { tab } = claimed
  let repository: ScenarioRepository | null = null
  let models: ModelRepository | null = null
  let issue: Store['storageIssue'] = null
  const opened = await opening
  if (opened.ok) {
    repository = new ScenarioRepository(opened.database)
    models = new ModelRepository(opened.database)
  } else issue = { failure: classify(opened.error).failure }

  store.setState({ tab })
  // The model first: the draft and the saved scenarios are read against the model that was open.
  await store.getState().connectModels(models)
  await store.getState().connect(repository, issue)
  const modelEditKey = `modelEdit:${tab}`
  if (models) {
    try {
      const kept = readKeptModelEdit(await models.setting(modelEditKey))
      if (kept) store.getState().restoreModelEdit(kept)
    } catch (error) {
      store.setState({ storageIssue: { failure: classify(error).failure } })
    }
  }

  let draftWritable = repository !== null
  if (repository) {
    try {
      const own = await repository.draft(tab)
      // A duplicated tab starts where the tab it came from was, from a copy of its work.
      const draft =
        own.draft ?? (claimed.copyFrom ? (await repository.draft(claimed.copyFrom)).draft : null)
      if (own.quarantined) store.setState({ storageIssue: { failure: 'draftQuarantined' } })
      if (draft) store.getState().restoreDraft(draft)
      const live = await liveTabs(env)
      if (live) {
        const orphans = (await repository.drafts()).filter((d) => d.tab !== tab && !live.has(d.tab))
        store.setState({ orphans })
      }
    } catch (error) {
      draftWritable = false
      store.setState({ storageIssue: { failure: classify(error).failure } })
    }
  }

  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL)
  if (channel) {
    channel.onmessage = (event: MessageEvent<unknown>) => {
      if (isTabMessage(event.data)) void store.getState().otherTabChanged(event.data.id)
    }
  }
  store.setState({ announce: (message) => channel?.postMessage(message) })

  // Resolves false if there is unsaved work that could not be written.
  const writeDraft = async (): Promise<boolean> => {
    const state = store.getState()
    if (!state.model) return true
    if (!repository || !draftWritable) return !isDirty(state.current, state.doc)
    try {
      if (!isDirty(state.current, state.doc)) await repository.removeDraft(tab)
      else {
        const untitled = state.current.name.trim() === ''
        await repository.putDraft(tab, {
          scenario: scenarioFileOf(
            state.model,
            { name: untitled ? UNTITLED : state.current.name, note: state.current.note },
            state.doc,
          ),
          untitled,
          base:
            state.current.id !== null && state.current.rev !== null
              ? { id: state.current.id, rev: state.current.rev }
              : null,
          published: state.current.published,
          savedAt: new Date().toISOString(),
        })
      }
      return true
    } catch (error) {
      const failure = classify(error).failure
      if (store.getState().storageIssue?.failure !== failure)
        store.setState({ storageIssue: { failure } })
      return false
    }
  }
  // One write at a time; a change during a write is written right after it, as it is then.
  let connected = true
  let queued = false
  let writing: Promise<boolean> | null = null
  let again = false
  const flush = (): Promise<boolean> => {
    queued = false
    if (writing) {
      again = true
      return writing
    }
    writing = writeDraft().finally(() => {
      writing = null
      if (again) {
        again = false
        void flush()
      }
    })
    return writing
  }
  // The model editor's work is kept the same way, beside the scenario's. IndexedDB writes in order,
  // so the last write done means every one before it is done.
  let modelEditWritten = Promise.resolve(true)
  const writeModelEdit = (edit: Store['modelEdit']) => {
    const kept = edit && { id: edit.id, rev: edit.rev, file: edit.file, savedFile: edit.savedFile }
    modelEditWritten = models
      ? models.putSetting(modelEditKey, kept).then(
          () => true,
          (error: unknown) => {
            store.setState({ storageIssue: { failure: classify(error).failure } })
            return false
          },
        )
      : Promise.resolve(edit === null)
  }
  // Before the page is replaced on purpose (a new version): everything changed so far is written,
  // a change made while a write was under way included. A write under way already takes every
  // change made so far (it writes again after itself for those made during it); with none under
  // way, the work is written once more, so that an earlier write that failed is tried again.
  const flushDraft = async () => {
    let written = await (writing ?? flush())
    while (writing) written = await writing
    return (await modelEditWritten) && written
  }
  store.setState({ flushDraft })
  // A change is written once the task that made it has rendered it: the switch's headline does not
  // wait for the draft's copy, and a microtask still runs before the page can be left or reloaded.
  const flushAfterRender = () => {
    if (queued) return
    queued = true
    // A flush made before it (the page hidden, a new version taken) has written this change.
    queueMicrotask(() => {
      if (queued && connected) void flush()
    })
  }
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.doc !== previous.doc || state.current !== previous.current) flushAfterRender()
    if (
      state.modelEdit?.file !== previous.modelEdit?.file ||
      !state.modelEdit !== !previous.modelEdit
    )
      writeModelEdit(state.modelEdit)
  })
  // A change that reached the store before this point (by a way the screen does not hold back) is
  // written now, not with the next change.
  if (isDirty(store.getState().current, store.getState().doc)) void flush()
  const target =
    options.target === undefined ? (typeof window === 'undefined' ? null : window) : options.target
  // Leaving the page cannot wait for a write under way: IndexedDB orders the two.
  const onHide = () => void writeDraft()
  const onVisibility = () => {
    if (typeof document !== 'undefined' && document.visibilityState === 'hidden') void flush()
  }
  target?.addEventListener('pagehide', onHide)
  target?.addEventListener('visibilitychange', onVisibility)

  return () => {
    connected = false
    unsubscribe()
    target?.removeEventListener('pagehide', onHide)
    target?.removeEventListener('visibilitychange', onVisibility)
    channel?.close()
    const { announce, flushDraft: notConnected } = store.getInitialState()
    store.setState({ announce, flushDraft: notConnected })
    // What is being written is written before the connection closes.
    void flush().finally(() => repository?.close())
  }
}
