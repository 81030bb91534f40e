import type { LibraryModel } from './library'

/** Where a scenario's model is: open already, another in the library, or not in this browser. */
export type ScenarioModel =
  { kind: 'open' } | { kind: 'other'; model: LibraryModel } | { kind: 'missing'; id: string }

/**
 * The model a scenario was made on, found by its id. Of two models with the same id (a published
 * file added after the user kept one of their own under that id), one that loads is preferred.
 */
export function scenarioModel(
  modelId: string,
  library: readonly LibraryModel[],
  openId: string | undefined,
): ScenarioModel {
  if (modelId === openId) return { kind: 'open' }
  const found = library.filter((m) => m.id === modelId)
  const model = found.find((m) => m.load.ok) ?? found[0]
  return model ? { kind: 'other', model } : { kind: 'missing', id: modelId }
}
