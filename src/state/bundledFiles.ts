import { parseJson } from '../model/load/parseJson'
import { loadModel, type ModelLoad } from '../model/load/validateModel'
import type { Problem } from '../model/problems'
import { readScenario } from '../model/scenario/readScenario'
import { SCENARIO_FORMAT, type ScenarioFile } from '../model/scenario/scenarioFile'

// Every file in scenarios/ is bundled as text and read in the browser: a broken one shows a message
// instead of breaking the build. Model files and published scenarios are told apart by `format`.
const files = import.meta.glob<string>('../../scenarios/*.json', {
  eager: true,
  query: '?raw',
  import: 'default',
})

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

type Parsed = ReturnType<typeof parseJson>

function isScenario(parsed: Parsed): boolean {
  return parsed.ok && (parsed.value as { format?: unknown } | null)?.format === SCENARIO_FORMAT
}

const entries = Object.entries(files)
  .map(([path, text]) => ({ name: path.split('/').at(-1) ?? path, text, parsed: parseJson(text) }))
  .sort((a, b) => a.name.localeCompare(b.name))

export const modelFiles: readonly ModelFileEntry[] = entries
  .filter((file) => !isScenario(file.parsed))
  .map(({ name, text, parsed }) => ({
    name,
    load: loadModel(text),
    parsed: parsed.ok ? parsed.value : undefined,
  }))

/** Scenarios a finance office publishes by adding a file: read-only, opened as copies. */
export const publishedFiles: readonly PublishedEntry[] = entries
  .filter((file) => isScenario(file.parsed))
  .map((file): PublishedEntry => {
    const { parsed } = file
    const read = parsed.ok
      ? readScenario(parsed.value)
      : { ok: false as const, problems: [parsed.problem] }
    if (!read.ok) return { name: file.name, ok: false, problems: read.problems }
    const id = read.scenario.id ?? file.name.replace(/\.json$/, '')
    return { name: file.name, ok: true, scenario: { ...read.scenario, id } }
  })

/** The model a new user sees: Vestvågøy 2014, or else the first model file that loads. */
const DEFAULT_MODEL_FILE = 'vestvagoy-2014.json'

export function defaultModelFile(
  models: readonly ModelFileEntry[] = modelFiles,
): ModelFileEntry | undefined {
  return (
    models.find((e) => e.name === DEFAULT_MODEL_FILE) ?? models.find((e) => e.load.ok) ?? models[0]
  )
}
