/** Turns a file of one schema version into the next. Pure; throws nothing, whatever it is given. */
export type Migration = (file: Readonly<Record<string, unknown>>) => Record<string, unknown>

/** The migrations of one format, by the version each migrates from: `{ 1: v1 → v2 }`. */
export type MigrationChain = Readonly<Record<number, Migration>>

/**
 * Runs a chain from `from` up to `to`, stamping each version, or names the version that has no
 * migration. The one mechanism for every stored or imported format: model files and scenarios.
 */
export function migrate(
  file: Readonly<Record<string, unknown>>,
  from: number,
  to: number,
  chain: MigrationChain,
): { ok: true; file: Record<string, unknown> } | { ok: false; missing: number } {
  let current: Record<string, unknown> = { ...file }
  for (let version = from; version < to; version++) {
    const step = Object.hasOwn(chain, version) ? chain[version] : undefined
    if (!step) return { ok: false, missing: version }
    current = { ...step(current), schemaVersion: version + 1 }
  }
  return { ok: true, file: current }
}
