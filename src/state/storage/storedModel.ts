import type { Problem } from '../../model/problems'
import { integer, object, text } from '../../model/schema/decoders'
import { INVALID } from '../../model/schema/decoders'
import { typeProblem } from '../../model/schema/jsonType'

/** A model the user keeps in this browser: its file, valid or a draft with errors, and its revision. */
export interface StoredModel {
  id: string
  rev: number
  /** The model file as last saved; checked by validateModel wherever it is used. */
  file: Record<string, unknown>
  createdAt: string
  savedAt: string
}

const wrapper = object({
  id: text({ pattern: 'id' }),
  rev: integer(1, 1_000_000_000),
  createdAt: text({ pattern: 'timestamp' }),
  savedAt: text({ pattern: 'timestamp' }),
})

/**
 * A stored model record read defensively: any value gives a model or the problems that stop it,
 * never a throw. The file inside is only required to be an object; whether it is a valid model is
 * the editor's business, since a draft may be saved with errors.
 */
export function readStoredModel(
  raw: unknown,
): { ok: true; model: StoredModel } | { ok: false; problems: Problem[] } {
  const notObject = typeProblem('object', raw, [])
  if (notObject) return { ok: false, problems: [notObject] }
  const { file, ...rest } = raw as Record<string, unknown>
  const problems: Problem[] = []
  const read = wrapper.decode(rest, [], problems)
  const fileProblem = typeProblem('object', file, ['file'])
  if (fileProblem) problems.push(fileProblem)
  if (read === INVALID || fileProblem) return { ok: false, problems }
  return { ok: true, model: { ...read, file: file as Record<string, unknown> } }
}
