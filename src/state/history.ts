import {
  applyPatches,
  enablePatches,
  produceWithPatches,
  type Draft,
  type Objectish,
  type Patch,
} from 'immer'

enablePatches()

export interface HistoryEntry {
  patches: Patch[]
  inverse: Patch[]
  /** Edits with the same key in a row (typing in one field) merge into one step. */
  coalesce?: string
}

export interface History {
  past: HistoryEntry[]
  future: HistoryEntry[]
}

export const EMPTY_HISTORY: History = { past: [], future: [] }

/** Steps kept; older ones are dropped. */
const HISTORY_LIMIT = 200

/** Applies `recipe` to `doc` and records the change as one undoable step. */
export function record<T extends Objectish>(
  doc: T,
  history: History,
  recipe: (draft: Draft<T>) => void,
  coalesce?: string,
): { doc: T; history: History } {
  const [next, patches, inverse] = produceWithPatches(doc, recipe)
  if (patches.length === 0) return { doc, history }
  const last = history.past.at(-1)
  const past =
    last && coalesce !== undefined && last.coalesce === coalesce
      ? [
          ...history.past.slice(0, -1),
          {
            patches: [...last.patches, ...patches],
            inverse: [...inverse, ...last.inverse],
            coalesce,
          },
        ]
      : [...history.past, { patches, inverse, ...(coalesce !== undefined && { coalesce }) }]
  return { doc: next, history: { past: past.slice(-HISTORY_LIMIT), future: [] } }
}

/** Ends the current run of merged edits, so the next edit is a step of its own. */
export function seal(history: History): History {
  const last = history.past.at(-1)
  if (last?.coalesce === undefined) return history
  return {
    ...history,
    past: [...history.past.slice(0, -1), { patches: last.patches, inverse: last.inverse }],
  }
}

export function undo<T extends Objectish>(doc: T, history: History): { doc: T; history: History } {
  const entry = history.past.at(-1)
  if (!entry) return { doc, history }
  return {
    doc: applyPatches(doc, entry.inverse),
    history: { past: history.past.slice(0, -1), future: [entry, ...history.future] },
  }
}

export function redo<T extends Objectish>(doc: T, history: History): { doc: T; history: History } {
  const [entry, ...future] = history.future
  if (!entry) return { doc, history }
  return {
    doc: applyPatches(doc, entry.patches),
    history: { past: [...history.past, entry], future },
  }
}
