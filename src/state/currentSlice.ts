import type { StateCreator } from 'zustand'
import type { Problem } from '../model/problems'
import { adaptToModel } from '../model/scenario/adaptToModel'
import type { SavedScenario, ScenarioFile } from '../model/scenario/scenarioFile'
import { isDirty, NEW_SCENARIO, type CurrentScenario } from './currentScenario'
import { EMPTY_HISTORY } from './history'
import type { Draft } from './storage/scenarioRepository'
import type { Store } from './store'
import { onOtherVersion, versionChanges, type ModelChangedNotice } from './versionChanges'

/** What waits to replace the work on screen until the user says what to do with unsaved work. */
export type PendingOpen =
  | {
      kind: 'scenario'
      scenario: ScenarioFile
      /** Opened from a shared link to be saved as the user's own copy. */
      saveCopy: boolean
      /** What could not be carried over, already known when it was read. */
      adapted: Problem[]
      /** The model to open it on, when it is not the open one (a shared scenario's). */
      modelKey?: string
    }
  /** Unsaved work from a tab that was closed. */
  | { kind: 'draft'; tab: string; draft: Draft }
  /** Another model, with a new scenario on it, or with `scenario` made on that model. */
  | { kind: 'model'; key: string; scenario?: ScenarioFile }

/** The scenario on screen: opening another, unsaved work, and saves made in other tabs. */
export interface CurrentSlice {
  current: CurrentScenario
  /** A newer save of the current scenario from another tab, while this one has unsaved changes. */
  conflict: SavedScenario | null
  /** A scenario that could not be opened on this model, and why. */
  refused: { name: string; problems: Problem[] } | null
  /** Set while the user is asked what to do with unsaved work before another scenario opens. */
  pending: PendingOpen | null
  /** A scenario made on an older version of the open model: what changed is said before anything
   *  is counted, and `openOnNewVersion` or `cancelModelChanged` follows. */
  modelChanged: ModelChangedNotice | null
  /**
   * Opens a scenario in the editor. Made on another version of the model, it first says what
   * changed (`modelChanged`). With unsaved work on screen nothing is replaced: the user is asked
   * first (`pending`), and `continuePending` or `cancelPending` follows. Returns whether it opened
   * at once.
   */
  open: (scenario: ScenarioFile) => boolean
  /** The user has seen what changed in the model and opens the scenario on the new version. */
  openOnNewVersion: () => boolean
  cancelModelChanged: () => void
  /** Replaces the work on screen with the pending scenario: the user saved it or chose to discard it. */
  continuePending: () => Promise<void>
  cancelPending: () => void
  /** Another tab saved or deleted a scenario. */
  otherTabChanged: (id: string) => Promise<void>
  /** 'theirs' discards the work on screen for the newer save; the user chose it in so many words. */
  resolveConflict: (choice: 'theirs' | 'mine' | 'dismiss') => Promise<void>
  /** Brings back this tab's unsaved work after a reload. Not undoable. */
  restoreDraft: (draft: Draft) => void
}

export const createCurrentSlice: StateCreator<Store, [], [], CurrentSlice> = (set, get) => {
  /** Puts a scenario on screen in place of whatever is there. Not undoable: history starts anew. */
  const replace = (scenario: ScenarioFile, alsoAdapted: Problem[] = []): boolean => {
    const model = get().model
    if (!model) return false
    const adapted = adaptToModel(scenario, model)
    if (!adapted.ok) {
      set({ refused: { name: scenario.name, problems: adapted.problems } })
      return false
    }
    const { selection, overrides, dropped } = adapted.adapted
    const doc = { selection, overrides }
    // A scenario that could not be carried over whole is opened as a new one, so saving never
    // overwrites the original.
    const whole = dropped.length === 0 && alsoAdapted.length === 0
    const isSaved = whole && get().saved.some((s) => s.id === scenario.id)
    set({
      doc,
      history: EMPTY_HISTORY,
      notice: null,
      view: 'editor',
      conflict: null,
      refused: null,
      pending: null,
      current: {
        id: isSaved ? (scenario.id ?? null) : null,
        rev: isSaved ? (scenario.rev ?? null) : null,
        name: scenario.name,
        note: scenario.note,
        published: isSaved ? null : (scenario.id ?? null),
        // What could not be carried over is a change: the scenario is not as it was saved.
        base: whole ? { name: scenario.name, note: scenario.note, doc } : null,
        adapted: [...alsoAdapted, ...dropped],
      },
    })
    return true
  }

  const openNow = (scenario: ScenarioFile): boolean => {
    if (isDirty(get().current, get().doc)) {
      set({ pending: { kind: 'scenario', scenario, saveCopy: false, adapted: [] } })
      return false
    }
    return replace(scenario)
  }

  /** The scenario as it is saved now: the user may just have saved it, or another tab. */
  const latest = (scenario: ScenarioFile) =>
    get().saved.find((s) => s.id === scenario.id) ?? scenario

  return {
    current: NEW_SCENARIO,
    conflict: null,
    refused: null,
    pending: null,
    modelChanged: null,
    open: (scenario) => {
      const model = get().model
      if (model && onOtherVersion(scenario, model)) {
        void versionChanges(get().modelRepository, scenario, model).then((changes) => {
          // Another model opened meanwhile: the question no longer applies.
          if (get().model === model) set({ modelChanged: { scenario, changes } })
        })
        return false
      }
      return openNow(scenario)
    },
    openOnNewVersion: () => {
      const notice = get().modelChanged
      set({ modelChanged: null })
      return notice ? openNow(notice.scenario) : false
    },
    cancelModelChanged: () => set({ modelChanged: null }),
    continuePending: async () => {
      const pending = get().pending
      if (!pending) return
      set({ pending: null })
      if (pending.kind === 'draft') return get().adoptOrphan(pending.tab)
      if (pending.kind === 'model') {
        if (get().switchModel(pending.key) && pending.scenario) replace(latest(pending.scenario))
        return
      }
      if (pending.modelKey !== undefined && pending.modelKey !== get().modelKey)
        get().switchModel(pending.modelKey)
      if (!replace(latest(pending.scenario), pending.adapted) || !pending.saveCopy) return
      set({ shared: null })
      if (get().repository) await get().save()
    },
    cancelPending: () => set({ pending: null }),
    otherTabChanged: async (id) => {
      await get().refresh()
      const { current, doc } = get()
      if (current.id !== id) return
      const stored = get().saved.find((s) => s.id === id)
      if (!stored) {
        // Deleted in the other tab: the work stays here, as unsaved work, and the user is told.
        set({
          current: { ...current, id: null, rev: null, base: null },
          storageIssue: { failure: 'deletedElsewhere', name: current.name },
        })
        return
      }
      if (stored.rev === current.rev) return
      if (isDirty(current, doc)) set({ conflict: stored })
      else replace(stored)
    },
    resolveConflict: async (choice) => {
      const theirs = get().conflict
      if (!theirs) return
      if (choice === 'theirs') replace(theirs)
      else if (choice === 'mine') {
        const { current } = get()
        await get().saveAsNew(current.name || theirs.name, current.note)
      }
      set({ conflict: null })
    },
    restoreDraft: (draft) => {
      const model = get().model
      if (!model) return
      const adapted = adaptToModel(draft.scenario, model)
      if (!adapted.ok) return
      const { selection, overrides, dropped } = adapted.adapted
      const stored = draft.base && get().saved.find((s) => s.id === draft.base?.id)
      const storedDoc = stored && adaptToModel(stored, model)
      const sameRev = stored && stored.rev === draft.base?.rev
      set({
        doc: { selection, overrides },
        history: EMPTY_HISTORY,
        notice: null,
        current: {
          id: stored ? stored.id : null,
          // Based on the revision the work started from: if another tab has saved since, the
          // user is told now, and a save is refused rather than overwriting it.
          rev: stored && draft.base ? draft.base.rev : null,
          name: draft.untitled ? '' : draft.scenario.name,
          note: draft.scenario.note,
          published: draft.published,
          base:
            stored && sameRev && storedDoc?.ok
              ? {
                  name: stored.name,
                  note: stored.note,
                  doc: {
                    selection: storedDoc.adapted.selection,
                    overrides: storedDoc.adapted.overrides,
                  },
                }
              : null,
          adapted: dropped,
        },
        conflict: stored && !sameRev ? stored : null,
        ...(draft.base && !stored
          ? { storageIssue: { failure: 'deletedElsewhere' as const, name: draft.scenario.name } }
          : {}),
      })
    },
  }
}
