import { parseJson } from '../load/parseJson'
import { firstProblems, type Problem } from '../problems'
import { INVALID } from '../schema/decoders'
import { scenarioMigrations } from '../migrations/scenarioMigrations'
import { upgrade, type FileFormat } from '../migrations/upgrade'
import {
  SCENARIO_FORMAT,
  SCENARIO_SCHEMA_VERSION,
  scenarioFile,
  type ScenarioFile,
} from './scenarioFile'

export type ScenarioRead = { ok: true; scenario: ScenarioFile } | { ok: false; problems: Problem[] }

const SCENARIO_FILE: FileFormat = {
  format: SCENARIO_FORMAT,
  version: SCENARIO_SCHEMA_VERSION,
  chain: scenarioMigrations,
  notThisFormat: { code: 'notScenarioFile' },
  newer: (found) => ({ code: 'newerScenarioSchema', found, supported: SCENARIO_SCHEMA_VERSION }),
}

/** Files longer than this (in characters) are not read at all. */
export const MAX_SCENARIO_CHARACTERS = 1_000_000

/**
 * Reads a scenario of any schema version this program knows: older ones are migrated, newer ones
 * refused, and the result checked field by field. Never throws.
 */
export function readScenario(value: unknown): ScenarioRead {
  const upgraded = upgrade(value, SCENARIO_FILE)
  if (!upgraded.ok) return upgraded
  const problems: Problem[] = []
  const scenario = scenarioFile().decode(upgraded.file, [], problems)
  return scenario === INVALID
    ? { ok: false, problems: firstProblems(problems) }
    : { ok: true, scenario }
}

/** Reads scenario text: its size and JSON, then `readScenario`. */
export function readScenarioText(text: string): ScenarioRead {
  const parsed = parseJson(text, MAX_SCENARIO_CHARACTERS)
  return parsed.ok ? readScenario(parsed.value) : { ok: false, problems: [parsed.problem] }
}
