import type { ValidModel } from '../model/load/validModel'
import type { Problem } from '../model/problems'
import {
  SCENARIO_FORMAT,
  SCENARIO_SCHEMA_VERSION,
  type ScenarioFile,
} from '../model/scenario/scenarioFile'
import type { ScenarioDoc } from './documentSlice'

/** The scenario being worked on: where it was opened from, and how it looked then. */
export interface CurrentScenario {
  /** The saved scenario it is, or null if it has never been saved. */
  id: string | null
  /** The saved revision the document is based on: a save based on an older one is refused. */
  rev: number | null
  name: string
  note: string
  /** The published scenario it was opened from; saving makes a copy. */
  published: string | null
  /** Name, note and choices as last saved or opened, to tell unsaved changes; null when there is
   *  no such state to compare with, so everything on screen counts as unsaved. */
  base: { name: string; note: string; doc: ScenarioDoc } | null
  /** What could not be carried over when it was opened on this model version. */
  adapted: Problem[]
}

/** A new, unnamed scenario starting from `doc`: nothing to save until it is changed. */
export const newScenario = (doc: ScenarioDoc): CurrentScenario => ({
  id: null,
  rev: null,
  name: '',
  note: '',
  published: null,
  base: { name: '', note: '', doc },
  adapted: [],
})

export const NEW_SCENARIO: CurrentScenario = newScenario({ selection: [], overrides: {} })

// A set, not a list searched for each id: every switch asks this of a selection that may hold a
// thousand measures.
function sameDoc(a: ScenarioDoc, b: ScenarioDoc): boolean {
  if (a.selection.length !== b.selection.length) return false
  const chosen = new Set(b.selection)
  return (
    a.selection.every((id) => chosen.has(id)) &&
    JSON.stringify(Object.entries(a.overrides).sort()) ===
      JSON.stringify(Object.entries(b.overrides).sort())
  )
}

/** Whether anything differs from how the scenario was last saved or opened. */
export function isDirty(current: CurrentScenario, doc: ScenarioDoc): boolean {
  const { base } = current
  if (!base) return true
  return base.name !== current.name || base.note !== current.note || !sameDoc(base.doc, doc)
}

/** The scenario as a file, on the model at hand. */
export function scenarioFileOf(
  model: ValidModel,
  current: Pick<CurrentScenario, 'name' | 'note'>,
  doc: ScenarioDoc,
): ScenarioFile {
  const chosen = new Set(doc.selection)
  return {
    format: SCENARIO_FORMAT,
    schemaVersion: SCENARIO_SCHEMA_VERSION,
    name: current.name,
    note: current.note,
    model: { id: model.id, version: model.version },
    selection: model.measures.filter((m) => chosen.has(m.id)).map((m) => m.id),
    overrides: Object.fromEntries(
      Object.entries(doc.overrides).sort(([a], [b]) => a.localeCompare(b)),
    ),
  }
}
