import { create } from 'zustand'
import { createDocumentSlice, type DocumentSlice } from './documentSlice'
import { createScenariosSlice, type ScenariosSlice } from './scenariosSlice'
import { createViewSlice, type ViewSlice } from './viewSlice'

export type Store = DocumentSlice & ViewSlice & ScenariosSlice

/** One store from slices; components select the smallest value they need. */
export const createScenarioStore = () =>
  create<Store>()((...a) => ({
    ...createDocumentSlice(...a),
    ...createViewSlice(...a),
    ...createScenariosSlice(...a),
  }))

export const useScenario = createScenarioStore()
