import type { StateCreator } from 'zustand'
import { choose } from '../model/engine/choose'
import type { ValidModel } from '../model/load/validModel'
import { EMPTY_HISTORY, record, redo, seal, undo, type History } from './history'

/** What a user edits, and what undo and redo move through. */
export interface ScenarioDoc {
  /** Chosen measure ids; order carries no meaning. */
  selection: string[]
  /** Driver inputs by "measure.driver.input", as decimal strings. */
  overrides: Record<string, string>
}

/** Something the app did on the user's behalf and says so. */
export interface Notice {
  kind: 'switchedOff'
  measure: string
  switchedOff: string[]
  alternatives: string[]
}

export interface DocumentSlice {
  model: ValidModel | null
  doc: ScenarioDoc
  history: History
  notice: Notice | null
  /** Opens a model with its first package (or its recommended measures) chosen. Not undoable. */
  openModel: (model: ValidModel) => void
  setMeasure: (id: string, on: boolean) => void
  /** Sets several measures at once, as one step (adding a requirement, say). */
  setMeasures: (changes: Readonly<Record<string, boolean>>) => void
  /** An edit of one assumption (null: back to the file's value); edits of the same one in a row
   *  are one undo step. */
  setOverride: (key: string, value: string | null) => void
  resetOverride: (key: string) => void
  /** Ends a run of edits to one assumption (the field lost focus). */
  sealEdit: () => void
  undo: () => void
  redo: () => void
  dismissNotice: () => void
}

function initialSelection(model: ValidModel): string[] {
  const first = model.packages?.[0]
  return first
    ? [...first.measures]
    : model.measures.filter((m) => m.status === 'recommended').map((m) => m.id)
}

export const createDocumentSlice: StateCreator<DocumentSlice> = (set, get) => {
  const change = (
    recipe: (doc: ScenarioDoc) => void,
    coalesce?: string,
    notice: Notice | null = null,
  ) => {
    const { doc, history } = get()
    set({ ...record(doc, history, recipe, coalesce), notice })
  }
  return {
    model: null,
    doc: { selection: [], overrides: {} },
    history: EMPTY_HISTORY,
    notice: null,
    openModel: (model) =>
      set({
        model,
        doc: { selection: initialSelection(model), overrides: {} },
        history: EMPTY_HISTORY,
        notice: null,
      }),
    setMeasure: (id, on) => {
      const { model, doc } = get()
      if (doc.selection.includes(id) === on) return
      const result = choose(model?.rules ?? [], doc.selection, id, on)
      change(
        (doc) => {
          doc.selection = result.selection
        },
        undefined,
        result.switchedOff.length > 0
          ? {
              kind: 'switchedOff',
              measure: id,
              switchedOff: result.switchedOff,
              alternatives: result.alternatives,
            }
          : null,
      )
    },
    setMeasures: (changes) =>
      change((doc) => {
        const on = Object.entries(changes)
          .filter(([, value]) => value)
          .map(([id]) => id)
        doc.selection = [...doc.selection.filter((id) => !Object.hasOwn(changes, id)), ...on]
      }),
    setOverride: (key, value) =>
      change((doc) => {
        if (value === null) delete doc.overrides[key]
        else doc.overrides[key] = value
      }, `override:${key}`),
    resetOverride: (key) =>
      change((doc) => {
        delete doc.overrides[key]
      }),
    sealEdit: () => set({ history: seal(get().history) }),
    undo: () => set({ ...undo(get().doc, get().history), notice: null }),
    redo: () => set({ ...redo(get().doc, get().history), notice: null }),
    dismissNotice: () => set({ notice: null }),
  }
}
