import type { ScenarioFile } from '../../model/scenario/scenarioFile'
import type { LibraryModel } from '../library'
import type { ModelRepository } from '../storage/modelRepository'

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * A scenario as a link or an exported file carries it. On a published model nothing more is
 * needed: everyone has it. On the user's own model the model file goes with it, the version the
 * scenario was made on (the current one, or the one kept for it), so someone who does not have
 * that model can still open the scenario. Never throws: without the file the scenario goes alone.
 */
export async function withModel(
  scenario: ScenarioFile,
  library: readonly LibraryModel[],
  repository: ModelRepository | null,
): Promise<ScenarioFile> {
  const { modelFile: _carried, ...alone } = scenario
  const { id, version } = scenario.model
  const same = (m: LibraryModel) => m.id === id && m.version === version
  if (library.some((m) => m.source === 'bundled' && same(m))) return alone
  const own = library.find((m) => m.source === 'own' && same(m))?.file
  const file = own ?? (await repository?.version(id, version).catch(() => undefined))
  return isObject(file) ? { ...alone, modelFile: file } : alone
}
