import type { StateCreator } from 'zustand'
import { parseJson } from '../model/load/parseJson'
import { MAX_MODEL_CHARACTERS } from '../model/load/validateModel'
import type { Problem } from '../model/problems'
import { modelFiles, defaultModelFile, type ModelFileEntry } from './bundledFiles'
import { isDirty } from './currentScenario'
import { bundledKey, bundledModel, freeModelId, ownModel, type LibraryModel } from './library'
import type { ScenarioFile } from '../model/scenario/scenarioFile'
import { scenarioModel } from './scenarioModel'
import { storageAttempt } from './storage/attempt'
import type { ModelRepository, UnreadableModel } from './storage/modelRepository'
import type { StoredModel } from './storage/storedModel'
import type { Store } from './store'

const OPEN_MODEL = 'openModel'

/** What an import did: the model's key, and whether its id had to change to be unique. */
export type ModelImport =
  { ok: true; key: string; renamedFrom: string | null } | { ok: false; problems: Problem[] }

/** Why a scenario could not be opened on its model: the model is not here, or it has errors. */
export type ScenarioOpening =
  | { ok: true }
  | { ok: false; reason: 'missing'; id: string }
  | { ok: false; reason: 'broken'; title: string }

/** The models the user can open: those published in scenarios/ and their own, kept in the browser. */
export interface ModelsSlice {
  modelRepository: ModelRepository | null
  bundledModels: readonly ModelFileEntry[]
  /** Published models first, then the user's own, newest saved first. */
  library: LibraryModel[]
  unreadableModels: UnreadableModel[]
  /** The model open in the scenario editor. */
  modelKey: string | null
  /** The last deleted model, for undo. */
  removedModel: StoredModel | null
  /** Connects the user's models and opens the one that was open last time, if it still loads. */
  connectModels: (repository: ModelRepository | null) => Promise<void>
  refreshModels: () => Promise<void>
  /** Opens a model with a new scenario on it, or with `scenario` when given; with unsaved work on
   *  screen the user is asked first (`pending`). Returns whether it opened at once. */
  openLibraryModel: (key: string, scenario?: ScenarioFile) => boolean
  /** Opens a scenario on the model it was made on, switching models first if need be (asking
   *  about unsaved work as `openLibraryModel` does). Says why when that model cannot be used. */
  openScenarioOnItsModel: (scenario: ScenarioFile) => ScenarioOpening
  /** Opens a model now, whatever is on screen: the user has been asked. */
  switchModel: (key: string) => boolean
  /** Keeps a new model; its id is made unique in the library. Resolves to its key. */
  addModel: (file: Record<string, unknown>) => Promise<string | null>
  duplicateModel: (key: string, title: string) => Promise<string | null>
  importModel: (text: string) => Promise<ModelImport>
  renameModel: (key: string, title: string) => Promise<boolean>
  removeModel: (key: string) => Promise<boolean>
  undoRemoveModel: () => Promise<boolean>
}

const asObject = (value: unknown): Record<string, unknown> | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null

export const createModelsSlice: StateCreator<Store, [], [], ModelsSlice> = (set, get) => {
  const attempt = storageAttempt(get, set, (state) => state.modelRepository)
  const find = (key: string) => get().library.find((m) => m.key === key)

  const add = async (file: Record<string, unknown>): Promise<LibraryModel | null> => {
    const wanted = typeof file.id === 'string' && file.id !== '' ? file.id : 'modell'
    const id = freeModelId(wanted, get().library)
    const saved = await attempt(undefined, (repo) => repo.save(id, { ...file, id }, null))
    if (!saved) return null
    await get().refreshModels()
    return ownModel(saved)
  }

  return {
    modelRepository: null,
    bundledModels: modelFiles,
    library: modelFiles.map(bundledModel),
    unreadableModels: [],
    modelKey: null,
    removedModel: null,
    connectModels: async (repository) => {
      set({ modelRepository: repository })
      await get().refreshModels()
      const remembered = repository
        ? await attempt(undefined, (repo) => repo.setting(OPEN_MODEL))
        : null
      if (
        typeof remembered === 'string' &&
        remembered !== get().modelKey &&
        find(remembered)?.load.ok
      )
        get().switchModel(remembered)
      // The first screen may have waited for a model that is gone: then the published one opens.
      const fallback = defaultModelKey(get().bundledModels)
      if (get().modelKey === null && fallback) get().switchModel(fallback)
    },
    refreshModels: async () => {
      const bundled = get().bundledModels.map(bundledModel)
      if (!get().modelRepository) return set({ library: bundled })
      const listed = await attempt(undefined, (repo) => repo.list())
      if (listed)
        set({
          library: [...bundled, ...listed.models.map(ownModel)],
          unreadableModels: listed.unreadable,
        })
    },
    openLibraryModel: (key, scenario) => {
      if (key === get().modelKey) return scenario ? get().open(scenario) : true
      if (isDirty(get().current, get().doc)) {
        set({ pending: { kind: 'model', key, ...(scenario && { scenario }) } })
        return false
      }
      return get().switchModel(key) && (!scenario || get().open(scenario))
    },
    openScenarioOnItsModel: (scenario) => {
      const found = scenarioModel(scenario.model.id, get().library, get().model?.id)
      if (found.kind === 'missing') return { ok: false, reason: 'missing', id: found.id }
      if (found.kind === 'open') {
        get().open(scenario)
        return { ok: true }
      }
      if (!found.model.load.ok) return { ok: false, reason: 'broken', title: found.model.title }
      get().openLibraryModel(found.model.key, scenario)
      return { ok: true }
    },
    switchModel: (key) => {
      const entry = find(key)
      if (!entry?.load.ok) return false
      get().openModel(entry.load.model)
      set({ modelKey: key })
      if (get().modelRepository) void attempt(undefined, (repo) => repo.putSetting(OPEN_MODEL, key))
      return true
    },
    addModel: async (file) => (await add(file))?.key ?? null,
    duplicateModel: async (key, title) => {
      const file = asObject(find(key)?.file)
      if (!file) return null
      return (await add({ ...file, title }))?.key ?? null
    },
    importModel: async (text) => {
      const parsed = parseJson(text, MAX_MODEL_CHARACTERS)
      if (!parsed.ok) return { ok: false, problems: [parsed.problem] }
      const file = asObject(parsed.value)
      if (!file || file.format !== 'omstilling.model')
        return { ok: false, problems: [{ code: 'notModelFile' }] }
      // A model with errors is kept too, as a draft to mend in the editor.
      const added = await add(file)
      if (!added) return { ok: false, problems: [] }
      return {
        ok: true,
        key: added.key,
        renamedFrom: added.id === file.id ? null : String(file.id),
      }
    },
    renameModel: async (key, title) => {
      const stored = find(key)?.stored
      if (!stored) return false
      const saved = await attempt(title, (repo) =>
        repo.save(stored.id, { ...stored.file, title }, stored.rev),
      )
      await get().refreshModels()
      return saved !== null
    },
    removeModel: async (key) => {
      const stored = find(key)?.stored
      // The open model stays until another is opened: what is on screen rests on it.
      if (!stored || key === get().modelKey) return false
      const done = await attempt(undefined, (repo) =>
        repo.remove(stored.id, stored.rev).then(() => true),
      )
      if (!done) return false
      set({ removedModel: stored })
      await get().refreshModels()
      return true
    },
    undoRemoveModel: async () => {
      const removed = get().removedModel
      if (!removed) return false
      const restored = await attempt(undefined, (repo) => repo.restore(removed.id))
      if (!restored) return false
      set({ removedModel: null })
      await get().refreshModels()
      return true
    },
  }
}

/** The model a new user sees, as a library key. */
export const defaultModelKey = (bundled: readonly ModelFileEntry[] = modelFiles) => {
  const entry = defaultModelFile(bundled)
  return entry ? bundledKey(entry.name) : null
}
