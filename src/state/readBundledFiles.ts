import { parseJson } from '../model/load/parseJson'
import { MAX_MODEL_CHARACTERS, validateModel, type ModelLoad } from '../model/load/validateModel'
import type { Problem } from '../model/problems'
import { readScenarioText } from '../model/scenario/readScenario'
import { SCENARIO_FORMAT, type ScenarioFile } from '../model/scenario/scenarioFile'

export interface ModelFileEntry {
  /** The file's name, e.g. "vestvagoy-2014.json". */
  name: string
  load: ModelLoad
  /** The file as parsed JSON, valid or not (undefined if it is not JSON): problems name by it. */
  parsed: unknown
}

export type PublishedEntry =
  | { name: string; ok: true; scenario: ScenarioFile & { id: string } }
  | { name: string; ok: false; problems: Problem[] }

export interface ReadBundledFiles {
  models: ModelFileEntry[]
  published: PublishedEntry[]
}

const isScenario = (value: unknown): boolean =>
  typeof value === 'object' &&
  value !== null &&
  Object.hasOwn(value, 'format') &&
  (value as { format: unknown }).format === SCENARIO_FORMAT

/**
 * The files of scenarios/ by name, each read as a model or as a published scenario (told apart by
 * `format`). A broken file is an entry with its problems, never a throw: this runs as the app
 * starts, and one bad file must not blank it.
 */
export function readBundledFiles(files: Readonly<Record<string, string>>): ReadBundledFiles {
  const models: ModelFileEntry[] = []
  const published: PublishedEntry[] = []
  const entries = Object.entries(files)
    .map(([path, text]) => ({ name: path.split('/').at(-1) ?? path, text }))
    .sort((a, b) => a.name.localeCompare(b.name))
  for (const { name, text } of entries) {
    const parsed = parseJson(text, MAX_MODEL_CHARACTERS)
    if (!parsed.ok || !isScenario(parsed.value)) {
      const load = parsed.ok
        ? validateModel(parsed.value)
        : { ok: false as const, problems: [parsed.problem] }
      models.push({ name, load, parsed: parsed.ok ? parsed.value : undefined })
      continue
    }
    // Read again as scenario text, so a scenario's own, smaller size limit applies.
    const read = readScenarioText(text)
    if (!read.ok) published.push({ name, ok: false, problems: read.problems })
    else {
      const id = read.scenario.id ?? name.replace(/\.json$/, '')
      published.push({ name, ok: true, scenario: { ...read.scenario, id } })
    }
  }
  return { models, published }
}
