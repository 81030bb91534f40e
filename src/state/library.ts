import { validateModel, type ModelLoad } from '../model/load/validateModel'
import type { ModelFileEntry } from './bundledFiles'
import type { StoredModel } from './storage/storedModel'

/** A model the user can open: one published in scenarios/ (read-only) or one of their own. */
export interface LibraryModel {
  /** "file:<name>" for a published file, "own:<id>" for the user's own. */
  key: string
  source: 'bundled' | 'own'
  /** The model's id as its file says (empty if the file does not say). */
  id: string
  title: string
  version: string
  /** The file as parsed, valid or not. */
  file: unknown
  load: ModelLoad
  /** The stored record, for the user's own models. */
  stored?: StoredModel
}

export const bundledKey = (name: string) => `file:${name}`
export const ownKey = (id: string) => `own:${id}`

const field = (file: unknown, name: string): string => {
  if (typeof file !== 'object' || file === null || !Object.hasOwn(file, name)) return ''
  const value = (file as Record<string, unknown>)[name]
  return typeof value === 'string' ? value : ''
}

export const bundledModel = (entry: ModelFileEntry): LibraryModel => ({
  key: bundledKey(entry.name),
  source: 'bundled',
  id: field(entry.parsed, 'id'),
  title: field(entry.parsed, 'title') || entry.name,
  version: field(entry.parsed, 'version'),
  file: entry.parsed,
  load: entry.load,
})

export const ownModel = (stored: StoredModel): LibraryModel => ({
  key: ownKey(stored.id),
  source: 'own',
  id: stored.id,
  title: field(stored.file, 'title') || stored.id,
  version: field(stored.file, 'version'),
  file: stored.file,
  load: validateModel(stored.file),
  stored,
})

/** An id no model in the library has: the wanted one, or it with "-2", "-3" … */
export function freeModelId(wanted: string, library: readonly LibraryModel[]): string {
  const taken = new Set(library.map((m) => m.id))
  if (!taken.has(wanted)) return wanted
  let n = 2
  while (taken.has(`${wanted}-${n}`)) n++
  return `${wanted}-${n}`
}

/** The version after `version`: its last number counted up, or "-2" added. */
export function nextVersion(version: string): string {
  const match = /^(.*?)(\d+)$/.exec(version)
  if (!match) return `${version}-2`
  const [, head = '', digits = '0'] = match
  return `${head}${(BigInt(digits) + 1n).toString().padStart(digits.length, '0')}`
}
