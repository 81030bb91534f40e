import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { evaluate } from '../../src/model/engine/evaluate'
import { loadModel, validateModel } from '../../src/model/load/validateModel'
import { migrate, type Migration, type MigrationChain } from '../../src/model/migrations/migrate'
import { modelMigrations } from '../../src/model/migrations/modelMigrations'
import { scenarioMigrations } from '../../src/model/migrations/scenarioMigrations'
import { upgrade, type FileFormat } from '../../src/model/migrations/upgrade'
import { readScenario } from '../../src/model/scenario/readScenario'
import { SCENARIO_SCHEMA_VERSION } from '../../src/model/scenario/scenarioFile'
import { MODEL_SCHEMA_VERSION } from '../../src/model/schema/modelFile'
import { vestvagoy, vestvagoyText } from '../builders/model'

type Json = Record<string, unknown>
const fixtures = (folder: string) =>
  fileURLToPath(new URL(`../fixtures/${folder}/`, import.meta.url))
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Json

const formats: { name: string; chain: MigrationChain; version: number; folder: string }[] = [
  {
    name: 'model files',
    chain: modelMigrations,
    version: MODEL_SCHEMA_VERSION,
    folder: 'model-migrations',
  },
  {
    name: 'scenarios',
    chain: scenarioMigrations,
    version: SCENARIO_SCHEMA_VERSION,
    folder: 'scenario-migrations',
  },
]

describe.each(formats)('the migration chain of $name', ({ chain, version: current, folder }) => {
  // Guard: a new schema version must come with its migration and a fixture pair that proves it.
  it.each(Array.from({ length: current - 1 }, (_, i) => i + 1))(
    'has a tested migration from version %i',
    (version) => {
      const fixture = (v: number) => `${fixtures(folder)}v${v}.json`
      expect(chain[version], `migration from v${version}`).toBeTypeOf('function')
      expect(existsSync(fixture(version)), `fixture v${version}.json`).toBe(true)
      expect(existsSync(fixture(version + 1)), `fixture v${version + 1}.json`).toBe(true)
      expect(migrate(read(fixture(version)), version, version + 1, chain)).toEqual({
        ok: true,
        file: read(fixture(version + 1)),
      })
    },
  )

  it('has no migration for a version that does not exist', () => {
    for (const version of Object.keys(chain).map(Number)) {
      expect(version).toBeGreaterThanOrEqual(1)
      expect(version).toBeLessThan(current)
    }
  })
})

describe('migrating', () => {
  it('runs migrations in order and stamps each version', () => {
    const chain: Record<number, Migration> = {
      1: (s) => ({ ...s, steps: ['1→2'] }),
      2: (s) => ({ ...s, steps: [...(s['steps'] as string[]), '2→3'] }),
    }
    expect(migrate({ schemaVersion: 1 }, 1, 3, chain)).toEqual({
      ok: true,
      file: { schemaVersion: 3, steps: ['1→2', '2→3'] },
    })
  })

  it('names the version whose migration is missing instead of guessing', () => {
    expect(migrate({ schemaVersion: 1 }, 1, 3, { 1: (s) => s })).toEqual({ ok: false, missing: 2 })
  })

  it('refuses a file whose migration is missing, saying from which version', () => {
    const format: FileFormat = {
      format: 'test',
      version: 3,
      chain: { 1: (s) => s },
      notThisFormat: { code: 'notModelFile' },
      newer: (found) => ({ code: 'newerSchema', found, supported: 3 }),
    }
    expect(upgrade({ format: 'test', schemaVersion: 1 }, format)).toEqual({
      ok: false,
      problems: [{ code: 'missingMigration', from: 2 }],
    })
  })

  it('never throws on a version-1 model that is not an object where it expects one', () => {
    for (const odd of [null, 'x', 7, [], [null], { target: [] }, { measures: 'x' }]) {
      const file = { format: 'omstilling.model', schemaVersion: 1, ...((odd ?? {}) as object) }
      expect(() => validateModel(file)).not.toThrow()
      expect(() => validateModel({ ...file, measures: [odd, { timing: odd }] })).not.toThrow()
    }
  })

  // Only a whole version from 1 up is migrated; any other is the version field's own problem, said
  // where it is, not a migration that seems to be missing.
  it.each([
    [1.5, 'wrongType'],
    [0, 'outOfRange'],
    [-1, 'outOfRange'],
  ])('refuses a model of schema version %d at its version field', (schemaVersion, code) => {
    const result = validateModel({ ...vestvagoy(), schemaVersion })
    expect(result).toEqual({
      ok: false,
      problems: [expect.objectContaining({ code, path: ['schemaVersion'] })],
    })
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

describe('the Vestvågøy model as it was shipped in version 1', () => {
  const v1 = readFileSync(`${fixtures('model-migrations')}vestvagoy-2014-v1.json`, 'utf8')

  it('opens with every figure unchanged, for every package and for every measure alone', () => {
    const old = loadModel(v1)
    expect(old.ok).toBe(true)
    if (!old.ok) return
    const current = vestvagoy()
    const plain = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown
    const selections = [
      ...(current.packages ?? []).map((p) => p.measures),
      ...current.measures.map((m) => [m.id]),
    ]
    for (const selection of selections)
      expect(plain(evaluate(old.model, selection))).toEqual(plain(evaluate(current, selection)))
    expect(old.model.version).toBe(current.version)
  })

  it('is the shipped file but for the new version number, $schema and the renamed target', () => {
    const migrated = loadModel(v1)
    const shipped = loadModel(vestvagoyText())
    const withoutSchema = (model: unknown) => {
      const { $schema: _schema, ...rest } = model as Json
      return rest
    }
    expect(migrated.ok && withoutSchema(migrated.model)).toEqual(
      shipped.ok && withoutSchema(shipped.model),
    )
  })
})

describe('a version-1 scenario', () => {
  const v1 = read(`${fixtures('scenario-migrations')}v1.json`)

  it('reads with every choice unchanged and carries no model', () => {
    const scenario = readScenario(v1)
    expect(scenario).toEqual({ ok: true, scenario: { ...v1, schemaVersion: 2 } })
    expect(scenario.ok && scenario.scenario.modelFile).toBeUndefined()
  })

  it('reads as the published scenario in scenarios/ still is', () => {
    const published = read(
      fileURLToPath(new URL('../../scenarios/vestvagoy-2014-anbefaling.json', import.meta.url)),
    )
    expect(published.schemaVersion).toBe(1)
    const scenario = readScenario(published)
    expect(scenario.ok && scenario.scenario.selection).toEqual(published.selection)
    expect(scenario.ok && scenario.scenario.overrides).toEqual(published.overrides)
  })

  it('in version 2 may carry a model, but not as anything other than an object', () => {
    const v2 = read(`${fixtures('scenario-migrations')}v2.json`)
    expect(readScenario({ ...v2, modelFile: { format: 'omstilling.model' } }).ok).toBe(true)
    expect(readScenario({ ...v2, modelFile: 'vestvagoy' })).toMatchObject({
      ok: false,
      problems: [{ code: 'wrongType', path: ['modelFile'] }],
    })
  })
})

describe('a version-1 first-year share', () => {
  const migrated = (timing: unknown) => {
    const v1 = { schemaVersion: 1, measures: [{ id: 'A', timing }, { id: 'B' }] }
    const result = migrate(v1, 1, 2, modelMigrations)
    return result.ok ? result.file['measures'] : undefined
  }

  it.each<[string, Json]>([
    ['0.5', { firstMonth: 7 }],
    ['0.25', { firstMonth: 10 }],
    ['1', { firstMonth: 1 }],
    ['1.0', { firstMonth: 1 }],
    ['0.083333333333', { firstMonth: 12 }],
    ['0.416666666667', { firstMonth: 8 }],
    ['0.4', { firstYearShare: '0.4' }],
    ['0.41', { firstYearShare: '0.41' }],
    ['0', { firstYearShare: '0' }],
    ['1.5', { firstYearShare: '1.5' }],
    ['1.00', { firstMonth: 1 }],
    // Only a share written as a plain decimal, whole: no sign, no exponent, no space around it.
    ['+0.5', { firstYearShare: '+0.5' }],
    ['0.5 ', { firstYearShare: '0.5 ' }],
    ['1e0', { firstYearShare: '1e0' }],
  ])(
    '%s becomes %j: whole months from the end as a month, any other share as it was',
    (share, timing) => {
      expect(migrated({ firstYear: 2016, firstYearShare: share })).toEqual([
        { id: 'A', timing: { firstYear: 2016, ...timing } },
        { id: 'B' },
      ])
    },
  )

  it('leaves timing it cannot read as it is, for the file check to refuse', () => {
    expect(migrated({ firstYear: 2016, firstYearShare: 0.5 })).toEqual([
      { id: 'A', timing: { firstYear: 2016, firstYearShare: 0.5 } },
      { id: 'B' },
    ])
    expect(migrated('soon')).toEqual([{ id: 'A', timing: 'soon' }, { id: 'B' }])
  })
})
