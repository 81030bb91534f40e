/** Turns a scenario of one schema version into the next. Pure; throws nothing. */
export type Migration = (scenario: Readonly<Record<string, unknown>>) => Record<string, unknown>

/**
 * Every migration, by the version it migrates from: `{ 1: v1 → v2, 2: v2 → v3 }`. Version 1 is the
 * first; each new version adds its migration here and a fixture pair in
 * tests/fixtures/scenario-migrations, which a test requires.
 */
export const scenarioMigrations: Readonly<Record<number, Migration>> = {}

/** Runs the chain from `from` up to `to`, or names the version that has no migration. */
export function migrate(
  scenario: Readonly<Record<string, unknown>>,
  from: number,
  to: number,
  migrations: Readonly<Record<number, Migration>> = scenarioMigrations,
): { ok: true; scenario: Record<string, unknown> } | { ok: false; missing: number } {
  let current: Record<string, unknown> = { ...scenario }
  for (let version = from; version < to; version++) {
    const step = migrations[version]
    if (!step) return { ok: false, missing: version }
    current = { ...step(current), schemaVersion: version + 1 }
  }
  return { ok: true, scenario: current }
}
