import { validateModel } from '../../model/load/validateModel'
import type { ValidModel } from '../../model/load/validModel'
import type { Problem } from '../../model/problems'
import type { ScenarioFile } from '../../model/scenario/scenarioFile'
import type { LibraryModel } from '../library'

/** The model a shared scenario is shown on, and its key in the library (null: only carried). */
export type SharedModel =
  { ok: true; model: ValidModel; key: string | null } | { ok: false; problems: Problem[] }

/**
 * The model to show a shared scenario on: the very version it was made on from the library; else
 * the model it carries, checked in full as any model is; else the model of that id that the user
 * has (the scenario is then adapted, and says what it lost), or the open one (which refuses it).
 */
export function sharedModel(
  scenario: ScenarioFile,
  library: readonly LibraryModel[],
  open: { model: ValidModel | null; key: string | null },
): SharedModel {
  const { id, version } = scenario.model
  const usable = library.flatMap((m) => (m.load.ok ? [{ key: m.key, model: m.load.model }] : []))
  const exact = usable.find((m) => m.model.id === id && m.model.version === version)
  if (exact) return { ok: true, ...exact }
  if (scenario.modelFile) {
    const carried = validateModel(scenario.modelFile)
    return carried.ok ? { ok: true, model: carried.model, key: null } : carried
  }
  const sameId =
    usable.find((m) => m.key === open.key && m.model.id === id) ??
    usable.find((m) => m.model.id === id)
  if (sameId) return { ok: true, ...sameId }
  return open.model ? { ok: true, model: open.model, key: open.key } : { ok: false, problems: [] }
}
