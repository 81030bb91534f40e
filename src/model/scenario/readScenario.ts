import { parseJson } from '../load/parseJson'
import { firstProblems, type Problem } from '../problems'
import { INVALID } from '../schema/decoders'
import { typeProblem } from '../schema/jsonType'
import { migrate } from './migrations'
import {
  SCENARIO_FORMAT,
  SCENARIO_SCHEMA_VERSION,
  scenarioFile,
  type ScenarioFile,
} from './scenarioFile'

export type ScenarioRead = { ok: true; scenario: ScenarioFile } | { ok: false; problems: Problem[] }

/** Files longer than this (in characters) are not read at all. */
export const MAX_SCENARIO_CHARACTERS = 1_000_000

/**
 * Reads a scenario of any schema version this program knows: older ones are migrated, newer ones
 * refused, and the result checked field by field. Never throws.
 */
export function readScenario(value: unknown): ScenarioRead {
  const notObject = typeProblem('object', value, [])
  if (notObject) return { ok: false, problems: [notObject] }
  const raw = value as Record<string, unknown>
  if (raw['format'] !== SCENARIO_FORMAT)
    return { ok: false, problems: [{ code: 'notScenarioFile' }] }
  const version = raw['schemaVersion']
  if (
    typeof version === 'number' &&
    Number.isInteger(version) &&
    version > SCENARIO_SCHEMA_VERSION
  ) {
    return {
      ok: false,
      problems: [
        { code: 'newerScenarioSchema', found: version, supported: SCENARIO_SCHEMA_VERSION },
      ],
    }
  }
  let current = raw
  if (
    typeof version === 'number' &&
    Number.isInteger(version) &&
    version >= 1 &&
    version < SCENARIO_SCHEMA_VERSION
  ) {
    const migrated = migrate(raw, version, SCENARIO_SCHEMA_VERSION)
    if (!migrated.ok)
      return { ok: false, problems: [{ code: 'missingMigration', from: migrated.missing }] }
    current = migrated.scenario
  }
  const problems: Problem[] = []
  const scenario = scenarioFile().decode(current, [], problems)
  return scenario === INVALID
    ? { ok: false, problems: firstProblems(problems) }
    : { ok: true, scenario }
}

/** Reads scenario text: its size and JSON, then `readScenario`. */
export function readScenarioText(text: string): ScenarioRead {
  const parsed = parseJson(text, MAX_SCENARIO_CHARACTERS)
  return parsed.ok ? readScenario(parsed.value) : { ok: false, problems: [parsed.problem] }
}
