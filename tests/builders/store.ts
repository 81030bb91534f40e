import type { ValidModel } from '../../src/model/load/validModel'
import { createScenarioStore } from '../../src/state/store'

/** A store with the model open, as a tab shows it before anything is changed; no storage. */
export function storeOn(model: ValidModel) {
  const store = createScenarioStore()
  store.getState().openModel(model)
  return store
}
