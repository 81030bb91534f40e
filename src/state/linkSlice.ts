import type { StateCreator } from 'zustand'
import type { ValidModel } from '../model/load/validModel'
import type { Problem } from '../model/problems'
import { adaptToModel, type Adapted } from '../model/scenario/adaptToModel'
import { readScenarioText } from '../model/scenario/readScenario'
import type { ScenarioFile } from '../model/scenario/scenarioFile'
import { isDirty } from './currentScenario'
import type { ShareRead } from './share/shareLink'
import { sharedModel } from './share/sharedModel'
import { withModel } from './share/withModel'
import type { Store } from './store'

export type LinkIssue =
  { reason: 'damaged' | 'tooLarge' | 'unsupported' } | { reason: 'invalid'; problems: Problem[] }

/** A scenario opened from a share link, and the model it is shown on. */
export interface Shared {
  scenario: ScenarioFile
  adapted: Adapted
  model: ValidModel
  /** The model's key in the library; null when the model came with the link and is not kept. */
  modelKey: string | null
}

/** A scenario opened from a share link: shown read-only, and saved as a copy on request. */
export interface LinkSlice {
  /** The page was opened from a share link that is still being read. */
  linkReading: boolean
  /** A scenario opened from a share link, shown read-only. */
  shared: Shared | null
  /** Why a share link could not be opened. */
  linkIssue: LinkIssue | null
  /** Shows the read-only view at once, before the link is read, so the editor never flashes. */
  readingLink: () => void
  /** Shows what a share link carries, or why it cannot be shown. */
  showShared: (read: ShareRead) => void
  /**
   * Makes the shared scenario one of the user's own and opens it for editing, on its model: a
   * model that came with the link is kept in the user's library first (or an identical one
   * reused). With unsaved work on screen the user is asked first.
   */
  saveSharedCopy: () => Promise<void>
  /**
   * Shows a scenario file read-only, as a link is shown, when it was made on another model than
   * the open one that the user has or that the file carries. Returns whether it did; if not, the
   * file is for importing on the open model.
   */
  presentFile: (text: string) => boolean
  /** A scenario as a link or an exported file carries it: with its model when it is the user's
   *  own, so that someone without it can open it. */
  shareable: (scenario: ScenarioFile) => Promise<ScenarioFile>
}

const withoutId = (file: unknown) => JSON.stringify({ ...(file as object), id: '' })

export const createLinkSlice: StateCreator<Store, [], [], LinkSlice> = (set, get) => {
  /** The library key of a model that came with a link: an identical own model, or a new one. */
  const keep = async (file: Record<string, unknown>): Promise<string | null> => {
    const same = withoutId(file)
    const identical = get().library.find((m) => m.source === 'own' && withoutId(m.file) === same)
    return identical ? identical.key : get().addModel(file)
  }

  return {
    linkReading: false,
    shared: null,
    linkIssue: null,
    readingLink: () =>
      set({ view: 'presentation', linkReading: true, shared: null, linkIssue: null }),
    showShared: (read) => {
      const { library, model, modelKey } = get()
      const shown = read.ok ? sharedModel(read.scenario, library, { model, key: modelKey }) : null
      const adapted = read.ok && shown?.ok ? adaptToModel(read.scenario, shown.model) : null
      if (read.ok && shown?.ok && adapted?.ok) {
        set({
          shared: {
            scenario: read.scenario,
            adapted: adapted.adapted,
            model: shown.model,
            modelKey: shown.key,
          },
          linkIssue: null,
          linkReading: false,
          view: 'presentation',
        })
        return
      }
      const problems =
        shown && !shown.ok ? shown.problems : adapted && !adapted.ok ? adapted.problems : []
      set({
        linkIssue: !read.ok
          ? read.reason === 'invalid'
            ? { reason: 'invalid', problems: read.problems }
            : { reason: read.reason }
          : { reason: 'invalid', problems },
        linkReading: false,
        view: 'presentation',
        shared: null,
      })
    },
    saveSharedCopy: async () => {
      const { shared } = get()
      if (!shared) return
      const { modelFile, ...scenario } = shared.scenario
      const key = shared.modelKey ?? (modelFile ? await keep(modelFile) : null)
      const entry = key === null ? undefined : get().library.find((m) => m.key === key)
      if (key === null || !entry?.load.ok) return
      const model = entry.load.model
      // The copy is what was counted, on this model: what was left out stays out, and says so.
      set({
        pending: {
          kind: 'scenario',
          scenario: {
            ...scenario,
            model: { id: model.id, version: model.version },
            selection: shared.adapted.selection,
            overrides: shared.adapted.overrides,
          },
          saveCopy: true,
          adapted: shared.adapted.dropped,
          modelKey: key,
        },
      })
      if (!isDirty(get().current, get().doc)) await get().continuePending()
    },
    presentFile: (text) => {
      const read = readScenarioText(text)
      const { model, library } = get()
      if (!read.ok || (model && read.scenario.model.id === model.id)) return false
      const { id } = read.scenario.model
      const known = library.some((m) => m.load.ok && m.load.model.id === id)
      if (!known && !read.scenario.modelFile) return false
      get().showShared(read)
      return true
    },
    shareable: (scenario) => withModel(scenario, get().library, get().modelRepository),
  }
}
