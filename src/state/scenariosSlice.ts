import type { StateCreator } from 'zustand'
import type { SavedScenario, ScenarioFile } from '../model/scenario/scenarioFile'
import { isDirty, scenarioFileOf } from './currentScenario'
import type { ScenarioDoc } from './documentSlice'
import { storageAttempt } from './storage/attempt'
import type { ScenarioRepository, Unreadable } from './storage/scenarioRepository'
import type { StorageFailure } from './storage/storageError'
import type { Store } from './store'

/** A storage event said once to the user. */
export interface StorageIssue {
  failure:
    | StorageFailure
    | 'draftQuarantined'
    /** The scenario open here was deleted in another tab; what is on screen is kept. */
    | 'deletedElsewhere'
    /** The browser's storage for the app was emptied while it was open, and made anew. */
    | 'storageReset'
  name?: string
}

/** Told to other tabs when a saved scenario changes. */
export type TabMessage = { type: 'changed'; id: string }

/** The user's saved scenarios in this browser, and the published ones, and what is done to them. */
export interface ScenariosSlice {
  repository: ScenarioRepository | null
  storageIssue: StorageIssue | null
  saved: SavedScenario[]
  unreadable: Unreadable[]
  published: ScenarioFile[]
  /** The last deleted scenario, for undo. */
  removed: SavedScenario | null
  /** Set by the app: tells other tabs what this one saved. */
  announce: (message: TabMessage) => void
  /**
   * Set by the app: writes this tab's unsaved work now, after any write under way, and resolves
   * true once it is kept (or there is none), false if it could not be written.
   */
  flushDraft: () => Promise<boolean>
  connect: (repository: ScenarioRepository | null, issue?: StorageIssue | null) => Promise<void>
  setPublished: (scenarios: ScenarioFile[]) => void
  refresh: () => Promise<void>
  /** Saves under the current name; a new or published scenario is saved as a new one. */
  save: (name?: string, note?: string) => Promise<boolean>
  saveAsNew: (name: string, note: string) => Promise<boolean>
  rename: (id: string, name: string, note: string) => Promise<boolean>
  duplicate: (id: string, name: string) => Promise<boolean>
  remove: (id: string) => Promise<boolean>
  undoRemove: () => Promise<boolean>
  dismissStorageIssue: () => void
}

const newId = () => crypto.randomUUID()

const lasting = (issue: StorageIssue | null) =>
  issue?.failure === 'storageReset' || issue?.failure === 'draftQuarantined'

export const createScenariosSlice: StateCreator<Store, [], [], ScenariosSlice> = (set, get) => {
  const attempt = storageAttempt(get, set)

  /** After a save: the document is now based on what was saved, which is `doc` as it was then. */
  const persisted = async (saved: SavedScenario, doc: ScenarioDoc) => {
    set({
      current: {
        id: saved.id,
        rev: saved.rev,
        name: saved.name,
        note: saved.note,
        published: null,
        base: { name: saved.name, note: saved.note, doc },
        adapted: [],
      },
      // A failed save's message goes with the save that worked; what happened to storage stays.
      storageIssue: lasting(get().storageIssue) ? get().storageIssue : null,
      conflict: null,
    })
    get().announce({ type: 'changed', id: saved.id })
    await get().refresh()
  }

  const saveNew = async (name: string, note: string) => {
    const { model, doc } = get()
    if (!model) return false
    const file = { ...scenarioFileOf(model, { name, note }, doc), id: newId() }
    const saved = await attempt(name, (repo) => repo.save(file, null))
    if (!saved) return false
    await persisted(saved, doc)
    return true
  }

  return {
    repository: null,
    storageIssue: null,
    saved: [],
    unreadable: [],
    published: [],
    removed: null,
    announce: () => undefined,
    flushDraft: () => Promise.resolve(!isDirty(get().current, get().doc)),
    connect: async (repository, issue = null) => {
      set({ repository, storageIssue: issue })
      await get().refresh()
    },
    setPublished: (published) => set({ published }),
    refresh: async () => {
      if (!get().repository) return
      const listed = await attempt(undefined, (repo) => repo.list())
      if (listed) set({ saved: listed.scenarios, unreadable: listed.unreadable })
    },
    save: async (name, note) => {
      const { current, model, doc } = get()
      if (!model) return false
      const next = { name: name ?? current.name, note: note ?? current.note }
      if (current.id === null || current.rev === null) return saveNew(next.name, next.note)
      const file = { ...scenarioFileOf(model, next, doc), id: current.id }
      const saved = await attempt(next.name, (repo) => repo.save(file, current.rev))
      if (!saved) return false
      await persisted(saved, doc)
      return true
    },
    saveAsNew: saveNew,
    rename: async (id, name, note) => {
      const stored = get().saved.find((s) => s.id === id)
      if (!stored) return false
      const saved = await attempt(name, (repo) => repo.save({ ...stored, name, note }, stored.rev))
      if (!saved) return false
      const { current } = get()
      // Only a document based on the revision just renamed moves on with it; one based on an older
      // revision stays there, so its next save is refused instead of overwriting the newer one.
      if (current.id === id && current.rev === stored.rev) {
        set({
          current: {
            ...current,
            rev: saved.rev,
            name,
            note,
            base: current.base && { ...current.base, name, note },
          },
        })
      }
      get().announce({ type: 'changed', id })
      await get().refresh()
      return true
    },
    duplicate: async (id, name) => {
      const stored =
        get().saved.find((s) => s.id === id) ?? get().published.find((s) => s.id === id)
      if (!stored) return false
      const { rev: _rev, createdAt: _created, updatedAt: _updated, ...rest } = stored
      const copy = await attempt(name, (repo) => repo.save({ ...rest, id: newId(), name }, null))
      if (!copy) return false
      get().announce({ type: 'changed', id: copy.id })
      await get().refresh()
      return true
    },
    remove: async (id) => {
      const stored = get().saved.find((s) => s.id === id)
      if (!stored) return false
      const done = await attempt(stored.name, (repo) =>
        repo.remove(id, stored.rev).then(() => true),
      )
      if (!done) return false
      set({ removed: stored, compare: get().compare.filter((c) => c !== id) })
      const { current } = get()
      // The work on screen stays, now as unsaved work.
      if (current.id === id) set({ current: { ...current, id: null, rev: null, base: null } })
      get().announce({ type: 'changed', id })
      await get().refresh()
      return true
    },
    undoRemove: async () => {
      const removed = get().removed
      if (!removed) return false
      const restored = await attempt(removed.name, (repo) => repo.restore(removed.id))
      if (!restored) return false
      set({ removed: null })
      get().announce({ type: 'changed', id: restored.id })
      await get().refresh()
      return true
    },
    dismissStorageIssue: () => set({ storageIssue: null, refused: null }),
  }
}
