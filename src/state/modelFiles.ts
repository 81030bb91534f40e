import { loadModel, type ModelLoad } from '../model/load/validateModel'

// Every model file in scenarios/ is bundled as text and validated in the browser, so a broken file
// shows a message instead of breaking the build.
const files = import.meta.glob<string>('../../scenarios/*.json', {
  eager: true,
  query: '?raw',
  import: 'default',
})

export interface ModelFileEntry {
  /** The file's name, e.g. "vestvagoy-2014.json". */
  name: string
  load: ModelLoad
}

export const modelFiles: readonly ModelFileEntry[] = Object.entries(files)
  .map(([path, text]) => ({ name: path.split('/').at(-1) ?? path, load: loadModel(text) }))
  .sort((a, b) => a.name.localeCompare(b.name))

/** The model a new user sees: Vestvågøy 2014, or else the first model file that loads. */
export const DEFAULT_MODEL_FILE = 'vestvagoy-2014.json'

export function defaultModelFile(
  entries: readonly ModelFileEntry[] = modelFiles,
): ModelFileEntry | undefined {
  return (
    entries.find((e) => e.name === DEFAULT_MODEL_FILE) ??
    entries.find((e) => e.load.ok) ??
    entries[0]
  )
}
