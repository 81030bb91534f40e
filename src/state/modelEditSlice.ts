import type { Draft } from 'immer'
import type { StateCreator } from 'zustand'
import { validateModel } from '../model/load/validateModel'
import { adaptToModel } from '../model/scenario/adaptToModel'
import { blankModel } from './blankModel'
import { scenarioFileOf } from './currentScenario'
import { EMPTY_HISTORY, record, redo, seal, undo, type History } from './history'
import { freeModelId, nextVersion, ownKey } from './library'
import { storageAttempt } from './storage/attempt'
import type { Store } from './store'

export type ModelDraft = Record<string, unknown>

/** A model being edited: the file as it is now, and what it was when last saved. */
export interface ModelEditing {
  /** The stored model being edited; null until a new one is first saved. */
  id: string | null
  /** The revision the editing started from; a save is refused if another tab saved since. */
  rev: number | null
  file: ModelDraft
  /** The file as last saved (or as opened), to tell unsaved edits. */
  savedFile: ModelDraft | null
  history: History
}

/** What a kept draft of the editor holds: enough to go on after a reload. */
export type KeptModelEdit = Pick<ModelEditing, 'id' | 'rev' | 'file' | 'savedFile'>

export interface ModelEditSlice {
  modelEdit: ModelEditing | null
  /** Starts a new model from the blank template. */
  newModel: (today?: Date) => void
  /** Edits a model: the user's own in place; a published one as a copy with an id of its own. */
  editModel: (key: string) => void
  /** One change to the file, undoable; changes with the same `coalesce` in a row are one step. */
  changeModel: (recipe: (file: Draft<ModelDraft>) => void, coalesce?: string) => void
  sealModelEdit: () => void
  undoModelEdit: () => void
  redoModelEdit: () => void
  /** Saves the file, with errors or not. A model that scenarios were made on gets a new version,
   *  and the version they were made on is kept. Resolves to whether it was saved. */
  saveModelEdit: () => Promise<boolean>
  /** Leaves the editor; the caller has asked about unsaved edits. */
  closeModelEdit: () => void
  /** Brings back the editor as it was before a reload. */
  restoreModelEdit: (kept: KeptModelEdit) => void
}

export const hasUnsavedModelEdits = (edit: ModelEditing | null): boolean =>
  edit !== null && edit.file !== edit.savedFile

export const createModelEditSlice: StateCreator<Store, [], [], ModelEditSlice> = (set, get) => {
  const attempt = storageAttempt(get, set, (state) => state.modelRepository)
  const begin = (id: string | null, rev: number | null, file: ModelDraft, saved: boolean) =>
    set({
      modelEdit: { id, rev, file, savedFile: saved ? file : null, history: EMPTY_HISTORY },
    })
  const update = (next: Partial<ModelEditing>) => {
    const edit = get().modelEdit
    if (edit) set({ modelEdit: { ...edit, ...next } })
  }
  const step = (next: { doc: ModelDraft; history: History }) =>
    update({ file: next.doc, history: next.history })

  /** A saved model that is open in the scenario editor is replaced there, keeping the choices
   *  on screen that still apply. */
  const reopen = (id: string) => {
    const key = ownKey(id)
    const entry = get().library.find((m) => m.key === key)
    const { model, current, doc, modelKey } = get()
    if (modelKey !== key || !entry?.load.ok || !model) return
    const adapted = adaptToModel(scenarioFileOf(model, current, doc), entry.load.model)
    set({ model: entry.load.model })
    if (adapted.ok)
      set({ doc: { selection: adapted.adapted.selection, overrides: adapted.adapted.overrides } })
  }

  return {
    modelEdit: null,
    newModel: (today = new Date()) => {
      const file = blankModel(today)
      begin(null, null, { ...file, id: freeModelId(String(file.id), get().library) }, false)
    },
    editModel: (key) => {
      const entry = get().library.find((m) => m.key === key)
      const file = entry?.file
      if (!entry || typeof file !== 'object' || file === null) return
      if (entry.stored) begin(entry.stored.id, entry.stored.rev, entry.stored.file, true)
      else
        begin(
          null,
          null,
          { ...(file as ModelDraft), id: freeModelId(entry.id, get().library) },
          false,
        )
    },
    changeModel: (recipe, coalesce) => {
      const edit = get().modelEdit
      if (edit) step(record(edit.file, edit.history, recipe, coalesce))
    },
    sealModelEdit: () => {
      const edit = get().modelEdit
      if (edit) update({ history: seal(edit.history) })
    },
    undoModelEdit: () => {
      const edit = get().modelEdit
      if (edit) step(undo(edit.file, edit.history))
    },
    redoModelEdit: () => {
      const edit = get().modelEdit
      if (edit) step(redo(edit.file, edit.history))
    },
    saveModelEdit: async () => {
      const edit = get().modelEdit
      if (!edit) return false
      const wanted = typeof edit.file.id === 'string' && edit.file.id !== '' ? edit.file.id : null
      const id = edit.id ?? freeModelId(wanted ?? 'modell', get().library)
      const version = typeof edit.file.version === 'string' ? edit.file.version : ''
      const previous = edit.id === null ? null : (edit.savedFile ?? null)
      const previousVersion = typeof previous?.version === 'string' ? previous.version : ''
      // Scenarios made on the version as saved must keep meaning what they meant: that version is
      // kept, also when the user gave the changed model a version of their own, and otherwise the
      // changed model is a new version.
      const used =
        previous !== null &&
        get().saved.some((s) => s.model.id === id && s.model.version === previousVersion)
      const bump = used && version === previousVersion
      const file: ModelDraft = { ...edit.file, id, ...(bump && { version: nextVersion(version) }) }
      if (
        used &&
        !(await attempt(undefined, (repo) =>
          repo.keepVersion(id, previousVersion, previous).then(() => true),
        ))
      )
        return false
      const saved = await attempt(typeof file.title === 'string' ? file.title : id, (repo) =>
        repo.save(id, file, edit.rev),
      )
      if (!saved) return false
      // Keep the edit history: a save is not a reason to lose undo.
      update({ id, rev: saved.rev, file: saved.file, savedFile: saved.file })
      await get().refreshModels()
      reopen(id)
      return true
    },
    closeModelEdit: () => set({ modelEdit: null }),
    restoreModelEdit: (kept) => {
      // Read back from storage the two are copies: the same content is no unsaved edit.
      const same = JSON.stringify(kept.file) === JSON.stringify(kept.savedFile)
      set({
        modelEdit: {
          ...kept,
          savedFile: same ? kept.file : kept.savedFile,
          history: EMPTY_HISTORY,
        },
      })
    },
  }
}

/** The problems of the file being edited, each computed once per version of the file. */
const checked = new WeakMap<object, ReturnType<typeof validateModel>>()
export function checkModelDraft(file: ModelDraft): ReturnType<typeof validateModel> {
  let result = checked.get(file)
  if (!result) {
    result = validateModel(file)
    checked.set(file, result)
  }
  return result
}
