import type { Problem } from '../../model/problems'
import { readScenario } from '../../model/scenario/readScenario'
import type { SavedScenario, ScenarioFile } from '../../model/scenario/scenarioFile'

/** Unsaved work of one browser tab, kept across reloads. */
export interface Draft {
  scenario: ScenarioFile
  /** The saved scenario it was opened from, and its revision then. */
  base: { id: string; rev: number } | null
  /** The published scenario it was opened from, if any. */
  published: string | null
  /** The work has no name yet (the scenario carries a placeholder, as files must have one). */
  untitled: boolean
  savedAt: string
}

/**
 * A stored scenario record read through the scenario decoder: any value at all (IndexedDB holds
 * what it was given) gives a scenario or the problems that stop it, never a throw.
 */
export function readSaved(
  raw: unknown,
): { ok: true; scenario: SavedScenario } | { ok: false; problems: Problem[] } {
  const read = readScenario(raw)
  if (!read.ok) return read
  const { scenario } = read
  if (
    scenario.id === undefined ||
    scenario.rev === undefined ||
    !scenario.createdAt ||
    !scenario.updatedAt
  ) {
    return { ok: false, problems: [{ code: 'missingField', path: ['id'] }] }
  }
  return { ok: true, scenario: scenario as SavedScenario }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** A stored draft record, or null if it cannot be read. Never throws. */
export function readDraft(raw: unknown): Draft | null {
  if (!isRecord(raw)) return null
  const { scenario, base, published, untitled, savedAt } = raw
  const read = readScenario(scenario)
  const baseOk =
    base === null ||
    (isRecord(base) && typeof base['id'] === 'string' && Number.isInteger(base['rev']))
  if (
    !read.ok ||
    !baseOk ||
    !(published === null || typeof published === 'string') ||
    typeof untitled !== 'boolean' ||
    typeof savedAt !== 'string'
  ) {
    return null
  }
  return {
    scenario: read.scenario,
    base: base as Draft['base'],
    published,
    untitled,
    savedAt,
  }
}
