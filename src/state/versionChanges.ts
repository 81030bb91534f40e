import { validateModel } from '../model/load/validateModel'
import type { ValidModel } from '../model/load/validModel'
import { modelChanges, type ModelChanges } from '../model/scenario/modelChanges'
import type { ScenarioFile } from '../model/scenario/scenarioFile'
import type { ModelRepository } from './storage/modelRepository'

/** A scenario made on another version of the open model, held until the user has seen what
 *  changed; `changes` is null when the version it was made on is not kept, so nothing can be said. */
export interface ModelChangedNotice {
  scenario: ScenarioFile
  changes: ModelChanges | null
}

/**
 * What changed from the version of the model a scenario was made on to `model`, if that version is
 * kept (saveModelEdit keeps it when scenarios were made on it). Null when it is not, or cannot be
 * read: the user is then told the differences cannot be shown. Never throws.
 */
export async function versionChanges(
  repository: ModelRepository | null,
  scenario: ScenarioFile,
  model: ValidModel,
): Promise<ModelChanges | null> {
  const kept = await repository
    ?.version(scenario.model.id, scenario.model.version)
    .catch(() => undefined)
  if (kept === undefined) return null
  const old = validateModel(kept)
  return old.ok ? modelChanges(old.model, model) : null
}

/** Whether a scenario is made on another version of this very model. */
export const onOtherVersion = (scenario: ScenarioFile, model: ValidModel | null): boolean =>
  model !== null && scenario.model.id === model.id && scenario.model.version !== model.version
