import { create } from 'zustand'
import { createCurrentSlice, type CurrentSlice } from './currentSlice'
import { createDocumentSlice, type DocumentSlice } from './documentSlice'
import { createDraftsSlice, type DraftsSlice } from './draftsSlice'
import { createImportSlice, type ImportSlice } from './importSlice'
import { createLinkSlice, type LinkSlice } from './linkSlice'
import { createModelEditSlice, type ModelEditSlice } from './modelEditSlice'
import { createModelsSlice, type ModelsSlice } from './modelsSlice'
import { createScenariosSlice, type ScenariosSlice } from './scenariosSlice'
import { createViewSlice, type ViewSlice } from './viewSlice'

export type Store = DocumentSlice &
  ViewSlice &
  ScenariosSlice &
  CurrentSlice &
  LinkSlice &
  ImportSlice &
  DraftsSlice &
  ModelsSlice &
  ModelEditSlice

/** One store from slices; components select the smallest value they need. */
export const createScenarioStore = () =>
  create<Store>()((...a) => ({
    ...createDocumentSlice(...a),
    ...createViewSlice(...a),
    ...createScenariosSlice(...a),
    ...createCurrentSlice(...a),
    ...createLinkSlice(...a),
    ...createImportSlice(...a),
    ...createDraftsSlice(...a),
    ...createModelsSlice(...a),
    ...createModelEditSlice(...a),
  }))

export const useScenario = createScenarioStore()
