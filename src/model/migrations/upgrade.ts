import type { Problem } from '../problems'
import { typeProblem } from '../schema/jsonType'
import { migrate, type MigrationChain } from './migrate'

/** A versioned file format: what marks it, the version this program writes, and its migrations. */
export interface FileFormat {
  format: string
  version: number
  chain: MigrationChain
  /** Said when the value is not a file of this format. */
  notThisFormat: Problem
  /** Said when the file was made by a newer version of the program. */
  newer: (found: number) => Problem
}

/**
 * A parsed file brought to the current version of its format: older versions migrated, newer ones
 * refused unchanged rather than guessed at. What comes back still has to be decoded. Never throws.
 */
export function upgrade(
  value: unknown,
  format: FileFormat,
): { ok: true; file: Record<string, unknown> } | { ok: false; problems: Problem[] } {
  const notObject = typeProblem('object', value, [])
  if (notObject) return { ok: false, problems: [notObject] }
  const raw = value as Record<string, unknown>
  if (raw['format'] !== format.format) return { ok: false, problems: [format.notThisFormat] }
  const version = raw['schemaVersion']
  if (typeof version !== 'number' || !Number.isInteger(version)) return { ok: true, file: raw }
  if (version > format.version) return { ok: false, problems: [format.newer(version)] }
  if (version < 1 || version === format.version) return { ok: true, file: raw }
  const migrated = migrate(raw, version, format.version, format.chain)
  return migrated.ok
    ? migrated
    : { ok: false, problems: [{ code: 'missingMigration', from: migrated.missing }] }
}
