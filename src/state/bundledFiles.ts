import bundled from 'virtual:bundled-files'
import type { ModelFileEntry, PublishedEntry } from './readBundledFiles'

export type { ModelFileEntry, PublishedEntry } from './readBundledFiles'

// Every file in scenarios/ is read and checked as the app is built (bundledFilesPlugin.ts), with
// the same readBundledFiles, so the first screen does not wait for it: a broken file still shows
// its message in the app instead of breaking the build.
export const modelFiles: readonly ModelFileEntry[] = bundled.models

/** Scenarios a finance office publishes by adding a file: read-only, opened as copies. */
export const publishedFiles: readonly PublishedEntry[] = bundled.published

/** The model a new user sees: Vestvågøy 2014, or else the first model file that loads. */
const DEFAULT_MODEL_FILE = 'vestvagoy-2014.json'

export function defaultModelFile(
  models: readonly ModelFileEntry[] = modelFiles,
): ModelFileEntry | undefined {
  return (
    models.find((e) => e.name === DEFAULT_MODEL_FILE) ?? models.find((e) => e.load.ok) ?? models[0]
  )
}
