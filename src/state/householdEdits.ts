import { countId, isObject, itemAt, objectsIn, type DraftObject } from './draftParts'

/**
 * Removes a regime from a household of a model draft, and what belongs to it: its amounts, reported
 * tax and reported disposable income, and its place in tax lines. Measures' effects naming it are
 * kept, so the check shows them to be changed rather than they vanish unseen.
 */
export function removeRegime(file: DraftObject, household: number, regime: number): void {
  const owner = itemAt(file.households, household)
  const regimes = owner?.regimes
  if (!owner || !Array.isArray(regimes)) return
  const id: unknown = itemAt(regimes, regime)?.id
  regimes.splice(regime, 1)
  // Another regime with the same id (a duplicate being fixed) keeps what the two shared.
  if (typeof id !== 'string' || countId(regimes, id) > 0) return
  for (const line of objectsIn(owner.lines)) {
    for (const field of ['amounts', 'reported'] as const) dropKey(line[field], id)
    if (Array.isArray(line.regimes)) line.regimes = line.regimes.filter((r) => r !== id)
  }
  dropKey(owner.reportedDisposable, id)
}

/** Removes a line from a household of a model draft, and from the bases of its tax lines. */
export function removeHouseholdLine(file: DraftObject, household: number, line: number): void {
  const owner = itemAt(file.households, household)
  const lines = owner?.lines
  if (!owner || !Array.isArray(lines)) return
  const id: unknown = itemAt(lines, line)?.id
  lines.splice(line, 1)
  if (typeof id !== 'string' || countId(lines, id) > 0) return
  for (const other of objectsIn(lines))
    if (Array.isArray(other.base)) other.base = other.base.filter((b) => b !== id)
}

function dropKey(record: unknown, key: string): void {
  if (isObject(record) && Object.hasOwn(record, key)) delete record[key]
}
