import {
  countId,
  fieldOf,
  itemAt,
  objectsIn,
  renameIn,
  renameKey,
  type DraftObject,
} from './draftParts'

/**
 * An id the user has just changed, from what it was to what it is now. Regimes and lines are ids
 * within one household, given by its place in the model's list of households.
 */
export type IdRename =
  | { kind: 'measure'; from: string; to: string }
  | { kind: 'household'; from: string; to: string }
  | { kind: 'regime'; household: number; from: string; to: string }
  | { kind: 'line'; household: number; from: string; to: string }

/** The measures' effects on a household's lines, the household named by its id. */
const effectsOn = (file: DraftObject, household: unknown): DraftObject[] =>
  objectsIn(file.measures).flatMap((measure) =>
    objectsIn(fieldOf(measure, 'householdEffects')).filter((e) => e.household === household),
  )

function renameMeasure(file: DraftObject, from: string, to: string): void {
  for (const rule of objectsIn(file.rules)) {
    renameIn(rule, 'measures', from, to)
    renameIn(rule, 'requires', from, to)
    if (rule.measure === from) rule.measure = to
  }
  for (const pkg of objectsIn(file.packages)) renameIn(pkg, 'measures', from, to)
}

function renameRegime(file: DraftObject, household: DraftObject, from: string, to: string) {
  for (const line of objectsIn(household.lines)) {
    renameKey(line, 'amounts', from, to)
    renameKey(line, 'reported', from, to)
    renameIn(line, 'regimes', from, to)
  }
  renameKey(household, 'reportedDisposable', from, to)
  for (const effect of effectsOn(file, household.id)) if (effect.regime === from) effect.regime = to
}

function renameLine(file: DraftObject, household: DraftObject, from: string, to: string) {
  for (const line of objectsIn(household.lines)) renameIn(line, 'base', from, to)
  for (const effect of effectsOn(file, household.id)) if (effect.line === from) effect.line = to
}

/**
 * Makes the references to a renamed id follow it: rules and packages naming a measure, measures'
 * household effects naming a household, its regimes and lines, and a household's amounts per
 * regime, tax bases and tax regimes. Called once the id itself has changed, on a model draft.
 *
 * References move only when it is clear whose they are: no item still has the old id, and only the
 * renamed one has the new id. While a duplicate id stands, nothing is moved and the model's check
 * names the duplicate.
 */
export function renameReferences(file: DraftObject, rename: IdRename): void {
  const { from, to } = rename
  if (from === to) return
  const unambiguous = (list: unknown) => countId(list, from) === 0 && countId(list, to) === 1
  if (rename.kind === 'measure') {
    if (unambiguous(file.measures)) renameMeasure(file, from, to)
    return
  }
  if (rename.kind === 'household') {
    if (!unambiguous(file.households)) return
    for (const effect of effectsOn(file, from)) effect.household = to
    return
  }
  const household = itemAt(file.households, rename.household)
  // Effects name the household by id: with two households of that id, whose they are is unclear.
  if (!household || countId(file.households, String(household.id)) !== 1) return
  if (rename.kind === 'regime') {
    if (unambiguous(household.regimes)) renameRegime(file, household, from, to)
  } else if (unambiguous(household.lines)) renameLine(file, household, from, to)
}
