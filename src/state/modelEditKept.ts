import type { KeptModelEdit } from './modelEditSlice'

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const idOrNull = (value: unknown) => value === null || typeof value === 'string'
const revOrNull = (value: unknown) =>
  value === null || (typeof value === 'number' && Number.isSafeInteger(value) && value > 0)

/** The model editor's kept work, read defensively: anything that is not it is no draft. */
export function readKeptModelEdit(raw: unknown): KeptModelEdit | null {
  if (!isObject(raw) || !isObject(raw.file)) return null
  if (!idOrNull(raw.id) || !revOrNull(raw.rev)) return null
  if (raw.savedFile !== null && !isObject(raw.savedFile)) return null
  return {
    id: raw.id,
    rev: raw.rev as number | null,
    file: raw.file,
    savedFile: raw.savedFile,
  }
}
