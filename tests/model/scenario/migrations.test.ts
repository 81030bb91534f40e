import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { migrate, scenarioMigrations, type Migration } from '../../../src/model/scenario/migrations'
import { readScenario } from '../../../src/model/scenario/readScenario'
import { SCENARIO_SCHEMA_VERSION } from '../../../src/model/scenario/scenarioFile'

const fixtures = fileURLToPath(new URL('../../fixtures/scenario-migrations/', import.meta.url))
const fixture = (version: number) => `${fixtures}v${version}.json`

describe('the scenario migration chain', () => {
  // Guard: a new schema version must come with its migration and a fixture pair that proves it.
  it.each(Array.from({ length: SCENARIO_SCHEMA_VERSION - 1 }, (_, i) => i + 1))(
    'has a tested migration from version %i',
    (version) => {
      expect(scenarioMigrations[version], `migration from v${version}`).toBeTypeOf('function')
      expect(existsSync(fixture(version)), `fixture v${version}.json`).toBe(true)
      expect(existsSync(fixture(version + 1)), `fixture v${version + 1}.json`).toBe(true)
      const old = JSON.parse(readFileSync(fixture(version), 'utf8')) as Record<string, unknown>
      const next = JSON.parse(readFileSync(fixture(version + 1), 'utf8')) as Record<string, unknown>
      expect(migrate(old, version, version + 1)).toEqual({ ok: true, scenario: next })
    },
  )

  it('has no migration for a version that does not exist', () => {
    for (const version of Object.keys(scenarioMigrations).map(Number)) {
      expect(version).toBeGreaterThanOrEqual(1)
      expect(version).toBeLessThan(SCENARIO_SCHEMA_VERSION)
    }
  })

  it('runs migrations in order and stamps each version', () => {
    const chain: Record<number, Migration> = {
      1: (s) => ({ ...s, steps: ['1→2'] }),
      2: (s) => ({ ...s, steps: [...(s['steps'] as string[]), '2→3'] }),
    }
    expect(migrate({ schemaVersion: 1 }, 1, 3, chain)).toEqual({
      ok: true,
      scenario: { schemaVersion: 3, steps: ['1→2', '2→3'] },
    })
  })

  it('names the version whose migration is missing instead of guessing', () => {
    expect(migrate({ schemaVersion: 1 }, 1, 3, { 1: (s) => s })).toEqual({ ok: false, missing: 2 })
  })

  it('refuses a scenario from a newer version and leaves it unchanged', () => {
    const newer = {
      format: 'omstilling.scenario',
      schemaVersion: SCENARIO_SCHEMA_VERSION + 1,
      name: 'Fra fremtiden',
    }
    const copy = structuredClone(newer)
    expect(readScenario(newer)).toEqual({
      ok: false,
      problems: [
        {
          code: 'newerScenarioSchema',
          found: SCENARIO_SCHEMA_VERSION + 1,
          supported: SCENARIO_SCHEMA_VERSION,
        },
      ],
    })
    expect(newer).toEqual(copy)
  })
})
