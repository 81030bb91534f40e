import type { StateCreator } from 'zustand'
import type { Problem } from '../model/problems'
import { adaptToModel, type Adapted } from '../model/scenario/adaptToModel'
import type { ShareRead } from './share/shareLink'
import { readScenarioText } from '../model/scenario/readScenario'
import type { SavedScenario, ScenarioFile } from '../model/scenario/scenarioFile'
import { isDirty, NEW_SCENARIO, scenarioFileOf, type CurrentScenario } from './currentScenario'
import type { DocumentSlice } from './documentSlice'
import { EMPTY_HISTORY } from './history'
import type { Draft, ScenarioRepository, Unreadable } from './storage/scenarioRepository'
import { classify, StorageFailure } from './storage/storageError'

export type View = 'editor' | 'compare' | 'presentation'

/** A storage operation that failed, said once to the user. */
export interface StorageIssue {
  failure: StorageFailure | 'draftQuarantined'
  name?: string
}

export type ImportResult = { ok: true; name: string } | { ok: false; problems: Problem[] }

/** Told to other tabs when a saved scenario changes. */
export type TabMessage = { type: 'changed'; id: string }

export interface ScenariosSlice {
  repository: ScenarioRepository | null
  storageIssue: StorageIssue | null
  saved: SavedScenario[]
  unreadable: Unreadable[]
  published: ScenarioFile[]
  current: CurrentScenario
  /** The last deleted scenario, for undo. */
  removed: SavedScenario | null
  /** A newer save of the current scenario from another tab, while this one has unsaved changes. */
  conflict: SavedScenario | null
  view: View
  /** Saved or published scenario ids chosen for comparison. */
  compare: string[]
  /** A scenario that could not be opened on this model, and why. */
  refused: { name: string; problems: Problem[] } | null
  /** A scenario opened from a share link, shown read-only. */
  shared: { scenario: ScenarioFile; adapted: Adapted } | null
  /** Why a share link could not be opened. */
  linkIssue:
    | { reason: 'damaged' | 'tooLarge' | 'unsupported' }
    | { reason: 'invalid'; problems: Problem[] }
    | null
  /** Set by the app: tells other tabs what this one saved. */
  announce: (message: TabMessage) => void
  connect: (repository: ScenarioRepository | null, issue?: StorageIssue | null) => Promise<void>
  setPublished: (scenarios: ScenarioFile[]) => void
  refresh: () => Promise<void>
  /** Saves under the current name; a new or published scenario is saved as a new one. */
  save: (name?: string, note?: string) => Promise<boolean>
  saveAsNew: (name: string, note: string) => Promise<boolean>
  open: (scenario: ScenarioFile) => void
  rename: (id: string, name: string, note: string) => Promise<boolean>
  duplicate: (id: string, name: string) => Promise<boolean>
  remove: (id: string) => Promise<boolean>
  undoRemove: () => Promise<boolean>
  importText: (text: string) => Promise<ImportResult>
  toggleCompare: (id: string) => void
  showView: (view: View) => void
  /** Another tab saved or deleted a scenario. */
  otherTabChanged: (id: string) => Promise<void>
  resolveConflict: (choice: 'theirs' | 'mine' | 'dismiss') => Promise<void>
  /** Shows what a share link carries, or why it cannot be shown. */
  showShared: (read: ShareRead) => void
  /** Turns the shared scenario into one of the user's own, and opens it for editing. */
  saveSharedCopy: () => Promise<void>
  /** Brings back this tab's unsaved work after a reload. Not undoable. */
  restoreDraft: (draft: Draft) => void
  dismissStorageIssue: () => void
}

const newId = () => crypto.randomUUID()

export const createScenariosSlice: StateCreator<
  ScenariosSlice & DocumentSlice,
  [],
  [],
  ScenariosSlice
> = (set, get) => {
  /** Runs a storage operation; a failure is said to the user and nothing else changes. */
  const attempt = async <T>(
    name: string | undefined,
    work: (repo: ScenarioRepository) => Promise<T>,
  ) => {
    const repository = get().repository
    if (!repository) {
      set({ storageIssue: { failure: StorageFailure.unavailable } })
      return null
    }
    try {
      return await work(repository)
    } catch (error) {
      const failure = classify(error)
      set({ storageIssue: { failure: failure.failure, ...(name !== undefined && { name }) } })
      if (failure.failure === StorageFailure.conflict && failure.detail.current) {
        set({ conflict: failure.detail.current })
      }
      return null
    }
  }

  const persisted = async (saved: SavedScenario) => {
    const { doc } = get()
    set({
      current: {
        id: saved.id,
        rev: saved.rev,
        name: saved.name,
        note: saved.note,
        published: null,
        saved: { name: saved.name, note: saved.note, doc },
        adapted: [],
      },
      storageIssue: null,
      conflict: null,
    })
    get().announce({ type: 'changed', id: saved.id })
    await get().refresh()
  }

  const saveNew = async (name: string, note: string) => {
    const model = get().model
    if (!model) return false
    const file = { ...scenarioFileOf(model, { name, note }, get().doc), id: newId() }
    const saved = await attempt(name, (repo) => repo.save(file, null))
    if (!saved) return false
    await persisted(saved)
    return true
  }

  return {
    repository: null,
    storageIssue: null,
    saved: [],
    unreadable: [],
    published: [],
    current: NEW_SCENARIO,
    removed: null,
    conflict: null,
    view: 'editor',
    compare: [],
    refused: null,
    shared: null,
    linkIssue: null,
    announce: () => undefined,
    connect: async (repository, issue = null) => {
      set({ repository, storageIssue: issue })
      await get().refresh()
    },
    setPublished: (published) => set({ published }),
    refresh: async () => {
      const repository = get().repository
      if (!repository) return
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
      await persisted(saved)
      return true
    },
    saveAsNew: (name, note) => saveNew(name, note),
    open: (scenario) => {
      const model = get().model
      if (!model) return
      const adapted = adaptToModel(scenario, model)
      if (!adapted.ok) {
        set({ refused: { name: scenario.name, problems: adapted.problems } })
        return
      }
      const { selection, overrides, dropped } = adapted.adapted
      const doc = { selection, overrides }
      // A scenario that could not be carried over whole is opened as a new one, so saving never
      // overwrites the original.
      const isSaved = dropped.length === 0 && get().saved.some((s) => s.id === scenario.id)
      set({
        doc,
        history: EMPTY_HISTORY,
        notice: null,
        view: 'editor',
        conflict: null,
        refused: null,
        current: {
          id: isSaved ? (scenario.id ?? null) : null,
          rev: isSaved ? (scenario.rev ?? null) : null,
          name: scenario.name,
          note: scenario.note,
          published: isSaved ? null : (scenario.id ?? null),
          // What could not be carried over is a change: the scenario is not as it was saved.
          saved: dropped.length === 0 ? { name: scenario.name, note: scenario.note, doc } : null,
          adapted: dropped,
        },
      })
    },
    rename: async (id, name, note) => {
      const stored = get().saved.find((s) => s.id === id)
      if (!stored) return false
      const saved = await attempt(name, (repo) => repo.save({ ...stored, name, note }, stored.rev))
      if (!saved) return false
      if (get().current.id === id) {
        const { current } = get()
        set({
          current: {
            ...current,
            rev: saved.rev,
            name,
            note,
            saved: current.saved && { ...current.saved, name, note },
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
      if (get().current.id === id)
        set({ current: { ...get().current, id: null, rev: null, saved: null } })
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
    importText: async (text) => {
      const model = get().model
      const read = readScenarioText(text)
      if (!read.ok) return read
      if (!model) return { ok: false, problems: [] }
      const adapted = adaptToModel(read.scenario, model)
      if (!adapted.ok) return adapted
      const { selection, overrides } = adapted.adapted
      const taken =
        read.scenario.id !== undefined && get().saved.some((s) => s.id === read.scenario.id)
      const id = read.scenario.id !== undefined && !taken ? read.scenario.id : newId()
      const { rev: _rev, updatedAt: _updated, ...scenario } = read.scenario
      const saved = await attempt(scenario.name, (repo) =>
        repo.save({ ...scenario, selection, overrides, id }, null),
      )
      if (!saved) return { ok: false, problems: [] }
      get().announce({ type: 'changed', id: saved.id })
      await get().refresh()
      return { ok: true, name: saved.name }
    },
    toggleCompare: (id) => {
      const compare = get().compare
      set({
        compare: compare.includes(id)
          ? compare.filter((c) => c !== id)
          : [...compare, id].slice(-4),
      })
    },
    showView: (view) => set({ view }),
    otherTabChanged: async (id) => {
      await get().refresh()
      const { current, doc } = get()
      if (current.id !== id) return
      const stored = get().saved.find((s) => s.id === id)
      if (!stored) {
        // Deleted in the other tab: keep working here; saving makes it a new one.
        set({ current: { ...current, id: null, rev: null, saved: null } })
        return
      }
      if (stored.rev === current.rev) return
      if (isDirty(current, doc)) set({ conflict: stored })
      else get().open(stored)
    },
    resolveConflict: async (choice) => {
      const theirs = get().conflict
      if (!theirs) return
      if (choice === 'theirs') get().open(theirs)
      else if (choice === 'mine') {
        const { current } = get()
        await saveNew(current.name || theirs.name, current.note)
      }
      set({ conflict: null })
    },
    showShared: (read) => {
      const model = get().model
      if (!read.ok) {
        set({
          linkIssue:
            read.reason === 'invalid'
              ? { reason: 'invalid', problems: read.problems }
              : { reason: read.reason },
          view: 'presentation',
          shared: null,
        })
        return
      }
      const adapted = model ? adaptToModel(read.scenario, model) : null
      if (!adapted?.ok) {
        set({
          linkIssue: { reason: 'invalid', problems: adapted?.problems ?? [] },
          view: 'presentation',
          shared: null,
        })
        return
      }
      set({
        shared: { scenario: read.scenario, adapted: adapted.adapted },
        linkIssue: null,
        view: 'presentation',
      })
    },
    saveSharedCopy: async () => {
      const shared = get().shared
      if (!shared) return
      get().open({
        ...shared.scenario,
        selection: shared.adapted.selection,
        overrides: shared.adapted.overrides,
      })
      set({ shared: null, current: { ...get().current, adapted: shared.adapted.dropped } })
      if (get().repository) await get().save()
    },
    restoreDraft: (draft) => {
      const model = get().model
      if (!model) return
      const adapted = adaptToModel(draft.scenario, model)
      if (!adapted.ok) return
      const { selection, overrides, dropped } = adapted.adapted
      const base =
        draft.base && get().saved.find((s) => s.id === draft.base?.id && s.rev === draft.base.rev)
      const baseDoc = base && adaptToModel(base, model)
      set({
        doc: { selection, overrides },
        history: EMPTY_HISTORY,
        notice: null,
        current: {
          id: base ? base.id : null,
          rev: base ? base.rev : null,
          name: draft.untitled ? '' : draft.scenario.name,
          note: draft.scenario.note,
          published: draft.published,
          saved:
            base && baseDoc?.ok
              ? {
                  name: base.name,
                  note: base.note,
                  doc: {
                    selection: baseDoc.adapted.selection,
                    overrides: baseDoc.adapted.overrides,
                  },
                }
              : null,
          adapted: dropped,
        },
      })
    },
    dismissStorageIssue: () => set({ storageIssue: null, refused: null }),
  }
}
