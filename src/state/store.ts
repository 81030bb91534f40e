import { create } from 'zustand'
import { immer } from 'zustand/middleware/immer'
import type { Overrides } from '../model/engine/types'
import type { ValidModel } from '../model/load/validModel'
import { Lang } from '../i18n/lang'

export interface ScenarioState {
  model: ValidModel | null
  /** Chosen measure ids; order carries no meaning. */
  selection: string[]
  overrides: Overrides
  lang: Lang
}

export interface ScenarioActions {
  /** Opens a model with its first package (or its recommended measures) chosen. */
  openModel: (model: ValidModel) => void
  setMeasure: (id: string, on: boolean) => void
  setLang: (lang: Lang) => void
}

export type Store = ScenarioState & ScenarioActions

export function initialSelection(model: ValidModel): string[] {
  const first = model.packages?.[0]
  return first
    ? [...first.measures]
    : model.measures.filter((m) => m.status === 'recommended').map((m) => m.id)
}

export const createScenarioStore = () =>
  create<Store>()(
    immer((set) => ({
      model: null,
      selection: [],
      overrides: {},
      lang: Lang.nb,
      openModel: (model) =>
        set((state) => {
          state.model = model
          state.selection = initialSelection(model)
          state.overrides = {}
        }),
      setMeasure: (id, on) =>
        set((state) => {
          const rest = state.selection.filter((chosen) => chosen !== id)
          state.selection = on ? [...rest, id] : rest
        }),
      setLang: (lang) =>
        set((state) => {
          state.lang = lang
        }),
    })),
  )

export const useScenario = createScenarioStore()
