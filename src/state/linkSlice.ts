import type { StateCreator } from 'zustand'
import type { Problem } from '../model/problems'
import { adaptToModel, type Adapted } from '../model/scenario/adaptToModel'
import type { ScenarioFile } from '../model/scenario/scenarioFile'
import { isDirty } from './currentScenario'
import type { ShareRead } from './share/shareLink'
import type { Store } from './store'

export type LinkIssue =
  { reason: 'damaged' | 'tooLarge' | 'unsupported' } | { reason: 'invalid'; problems: Problem[] }

/** A scenario opened from a share link: shown read-only, and saved as a copy on request. */
export interface LinkSlice {
  /** The page was opened from a share link that is still being read. */
  linkReading: boolean
  /** A scenario opened from a share link, shown read-only. */
  shared: { scenario: ScenarioFile; adapted: Adapted } | null
  /** Why a share link could not be opened. */
  linkIssue: LinkIssue | null
  /** Shows the read-only view at once, before the link is read, so the editor never flashes. */
  readingLink: () => void
  /** Shows what a share link carries, or why it cannot be shown. */
  showShared: (read: ShareRead) => void
  /**
   * Makes the shared scenario one of the user's own and opens it for editing; with unsaved work
   * on screen the user is asked first. Back in the editor once it is done.
   */
  saveSharedCopy: () => Promise<void>
}

export const createLinkSlice: StateCreator<Store, [], [], LinkSlice> = (set, get) => ({
  linkReading: false,
  shared: null,
  linkIssue: null,
  readingLink: () =>
    set({ view: 'presentation', linkReading: true, shared: null, linkIssue: null }),
  showShared: (read) => {
    const model = get().model
    const adapted = read.ok && model ? adaptToModel(read.scenario, model) : null
    if (read.ok && adapted?.ok) {
      set({
        shared: { scenario: read.scenario, adapted: adapted.adapted },
        linkIssue: null,
        linkReading: false,
        view: 'presentation',
      })
      return
    }
    set({
      linkIssue: !read.ok
        ? read.reason === 'invalid'
          ? { reason: 'invalid', problems: read.problems }
          : { reason: read.reason }
        : { reason: 'invalid', problems: adapted && !adapted.ok ? adapted.problems : [] },
      linkReading: false,
      view: 'presentation',
      shared: null,
    })
  },
  saveSharedCopy: async () => {
    const { shared, model } = get()
    if (!shared || !model) return
    // The copy is what was counted, on this model: what was left out stays out, and says so.
    set({
      pending: {
        kind: 'scenario',
        scenario: {
          ...shared.scenario,
          model: { id: model.id, version: model.version },
          selection: shared.adapted.selection,
          overrides: shared.adapted.overrides,
        },
        saveCopy: true,
        adapted: shared.adapted.dropped,
      },
    })
    if (!isDirty(get().current, get().doc)) await get().continuePending()
  },
})
