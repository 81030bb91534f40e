import type { StateCreator } from 'zustand'
import { applyRules } from '../model/engine/applyRules'
import { choose, type RuleEffect } from '../model/engine/choose'
import type { ValidModel } from '../model/load/validModel'
import { newScenario } from './currentScenario'
import { EMPTY_HISTORY, record, redo, seal, undo, type History } from './history'
import type { Store } from './store'

/** What a user edits, and what undo and redo move through. */
export interface ScenarioDoc {
  /** Chosen measure ids; order carries no meaning. */
  selection: string[]
  /** Driver inputs by "measure.driver.input", as decimal strings. */
  overrides: Record<string, string>
}

/** What the rules made a switch do on the user's behalf, said so it can be undone. */
export interface Notice {
  measure: string
  on: boolean
  effects: RuleEffect[]
}

export interface DocumentSlice {
  model: ValidModel | null
  doc: ScenarioDoc
  history: History
  notice: Notice | null
  /** Opens a model with its first package (or its recommended measures) chosen, as a new
   *  scenario. Not undoable. */
  openModel: (model: ValidModel) => void
  /** Switches a measure, and whatever the rules switch with it, as one undoable step. */
  setMeasure: (id: string, on: boolean) => void
  /** Back to the model's first package (its recommendation), as one undoable step. */
  restoreRecommendation: () => void
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

/** The model's first package, or else its recommended measures, as far as the rules allow. */
export function recommendation(model: ValidModel): string[] {
  const first = model.packages?.[0]
  const ids = first
    ? first.measures
    : model.measures.filter((m) => m.status === 'recommended').map((m) => m.id)
  return applyRules(model.rules ?? [], ids).counted
}

export const createDocumentSlice: StateCreator<Store, [], [], DocumentSlice> = (set, get) => {
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
    openModel: (model) => {
      const doc = { selection: recommendation(model), overrides: {} }
      set({ model, doc, history: EMPTY_HISTORY, notice: null, current: newScenario(doc) })
    },
    setMeasure: (id, on) => {
      const { model, doc } = get()
      if (doc.selection.includes(id) === on) return
      const result = choose(model?.rules ?? [], doc.selection, id, on)
      change(
        (doc) => {
          doc.selection = result.selection
        },
        undefined,
        result.effects.length > 0 ? { measure: id, on, effects: result.effects } : null,
      )
    },
    restoreRecommendation: () => {
      const { model } = get()
      if (!model) return
      const selection = recommendation(model)
      change((doc) => {
        const same =
          doc.selection.length === selection.length &&
          selection.every((id) => doc.selection.includes(id))
        if (!same) doc.selection = selection
      })
    },
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
