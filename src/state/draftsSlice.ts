import type { StateCreator } from 'zustand'
import { isDirty } from './currentScenario'
import { storageAttempt } from './storage/attempt'
import type { Draft } from './storage/scenarioRepository'
import type { Store } from './store'

/** Unsaved work of tabs that were closed, offered back to the user instead of left hidden. */
export interface DraftsSlice {
  /** This tab's id, under which its own draft is kept; null until storage is connected. */
  tab: string | null
  orphans: { tab: string; draft: Draft }[]
  /** Until storage is connected and this tab's unsaved work read back, a change on screen would be
   *  replaced by it or never written: the screen takes none until then, from the first frame. */
  restoring: boolean
  /** Opens a closed tab's work here; with unsaved work on screen the user is asked first. */
  openOrphan: (tab: string) => Promise<void>
  /** Takes a closed tab's work into this tab and puts it on screen. */
  adoptOrphan: (tab: string) => Promise<void>
  /** Deletes a closed tab's work: the user chose to, in so many words. */
  discardOrphan: (tab: string) => Promise<void>
}

export const createDraftsSlice: StateCreator<Store, [], [], DraftsSlice> = (set, get) => {
  const attempt = storageAttempt(get, set)
  const forget = (tab: string) => set({ orphans: get().orphans.filter((o) => o.tab !== tab) })
  return {
    tab: null,
    orphans: [],
    restoring: true,
    openOrphan: async (tab) => {
      const orphan = get().orphans.find((o) => o.tab === tab)
      if (!orphan) return
      if (isDirty(get().current, get().doc)) {
        set({ pending: { kind: 'draft', tab, draft: orphan.draft } })
        return
      }
      await get().adoptOrphan(tab)
    },
    adoptOrphan: async (tab) => {
      const own = get().tab
      if (!own) return
      const draft = await attempt(undefined, (repo) => repo.adoptDraft(tab, own))
      if (!draft) return
      forget(tab)
      get().restoreDraft(draft)
      set({ view: 'editor' })
    },
    discardOrphan: async (tab) => {
      const done = await attempt(undefined, (repo) => repo.removeDraft(tab).then(() => true))
      if (done) forget(tab)
    },
  }
}
