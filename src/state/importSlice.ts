import type { StateCreator } from 'zustand'
import type { Problem } from '../model/problems'
import { adaptToModel } from '../model/scenario/adaptToModel'
import { readScenarioText } from '../model/scenario/readScenario'
import type { ScenarioFile } from '../model/scenario/scenarioFile'
import { storageAttempt } from './storage/attempt'
import type { Store } from './store'

/** A scenario file read and fitted to the model, not yet saved: what would be saved, and what changed. */
export type ImportCheck =
  | { ok: true; file: ScenarioFile & { id: string }; changes: Problem[] }
  | { ok: false; problems: Problem[] }

export type ImportResult =
  { ok: true; name: string; changes: Problem[] } | { ok: false; problems: Problem[] }

/** Importing scenario files: read and checked first, so what would change is said before saving. */
export interface ImportSlice {
  /** Reads a file and says what saving it would keep and what it would leave out. Saves nothing. */
  checkImport: (text: string) => ImportCheck
  /** Saves a checked file as a new scenario. */
  saveImport: (check: Extract<ImportCheck, { ok: true }>) => Promise<ImportResult>
  /** Both at once, for callers that have shown nothing to the user. */
  importText: (text: string) => Promise<ImportResult>
}

export const createImportSlice: StateCreator<Store, [], [], ImportSlice> = (set, get) => {
  const attempt = storageAttempt(get, set)
  return {
    checkImport: (text) => {
      const model = get().model
      const read = readScenarioText(text)
      if (!read.ok) return read
      if (!model) return { ok: false, problems: [] }
      const adapted = adaptToModel(read.scenario, model)
      if (!adapted.ok) return adapted
      const { selection, overrides, dropped } = adapted.adapted
      const { rev: _rev, updatedAt: _updated, ...scenario } = read.scenario
      const taken = scenario.id !== undefined && get().saved.some((s) => s.id === scenario.id)
      return {
        ok: true,
        file: {
          ...scenario,
          // What is saved is what was carried over, on this model version.
          model: { id: model.id, version: model.version },
          selection,
          overrides,
          id: scenario.id !== undefined && !taken ? scenario.id : crypto.randomUUID(),
        },
        changes: dropped,
      }
    },
    saveImport: async ({ file, changes }) => {
      const saved = await attempt(file.name, (repo) => repo.save(file, null))
      if (!saved) return { ok: false, problems: [] }
      get().announce({ type: 'changed', id: saved.id })
      await get().refresh()
      return { ok: true, name: saved.name, changes }
    },
    importText: async (text) => {
      const check = get().checkImport(text)
      return check.ok ? get().saveImport(check) : check
    },
  }
}
