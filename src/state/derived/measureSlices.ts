import { useCallback } from 'react'
import type { MeasureResult } from '../../model/engine/types'
import type { Dec } from '../../model/money/decimal'
import { own } from '../../model/own'
import type { MeasureBasis } from '../../model/scenario/measureBases'
import { currentBasis, currentEvaluation } from '../evaluation'
import { useScenario, type Store } from '../store'
import { useScenarioAfterPaint } from './afterPaint'
import { sameDec } from './sameValues'

// With a thousand measures a thousand items look up their own state on every change: a set per
// selection makes each look-up constant time.
const chosenSets = new WeakMap<readonly string[], ReadonlySet<string>>()

/** The chosen measures as a set, the same set for the same selection. */
export function chosenSet(selection: readonly string[]): ReadonlySet<string> {
  let known = chosenSets.get(selection)
  if (!known) chosenSets.set(selection, (known = new Set(selection)))
  return known
}

/** What one measure's item shows of the state. */
export interface MeasureState {
  /** Whether the measure is chosen: changes only when that measure is switched. */
  on: boolean
  /** Its own effect with the current overrides, chosen or not. */
  result: MeasureResult | undefined
  /** What its figures rest on, when its inputs differ from the model file. */
  basis: MeasureBasis | undefined
  /** Whether its details are open. */
  expanded: boolean
}

// Every item asks for its own state on every change of the store. Each keeps the object it had
// while nothing of it moved, found by comparing four references: a switch then allocates nothing
// for the measures it leaves be, and each item compares one reference. The states are kept per
// state of the inputs, and those of the last change are what the next one compares against.
let states: {
  selection: readonly string[]
  basis: ReturnType<typeof currentBasis>
  expanded: readonly string[]
  before: ReadonlyMap<string, MeasureState>
  now: Map<string, MeasureState>
} | null = null

/** A measure's state, the same object as at the last change if nothing of it has moved since. */
export function measureState(s: Store, id: string): MeasureState {
  const basis = currentBasis(s)
  const { selection } = s.doc
  if (
    !states ||
    states.selection !== selection ||
    states.basis !== basis ||
    states.expanded !== s.expanded
  ) {
    states = {
      selection,
      basis,
      expanded: s.expanded,
      before: states?.now ?? new Map(),
      now: new Map(),
    }
  }
  const known = states.now.get(id)
  if (known) return known
  const on = chosenSet(selection).has(id)
  const result = basis.effects.get(id)
  const measureBasis = basis.bases.get(id)
  const expanded = s.expanded.includes(id)
  const before = states.before.get(id)
  const state =
    before &&
    before.on === on &&
    before.result === result &&
    before.basis === measureBasis &&
    before.expanded === expanded
      ? before
      : { on, result, basis: measureBasis, expanded }
  states.now.set(id, state)
  return state
}

/** A measure's state in one subscription, which re-renders its item only when that state moves. */
export const useMeasureState = (id: string): MeasureState => useScenario((s) => measureState(s, id))

/**
 * The chosen measures' net change in one theme and year, after the headline: re-renders only when
 * that sum moves, once the switch's frame is painted.
 */
export function useThemeNet(theme: string, year: number): Dec | undefined {
  const select = useCallback(
    (s: Store) => own(currentEvaluation(s)?.years.find((y) => y.year === year)?.byTheme, theme),
    [theme, year],
  )
  return useScenarioAfterPaint(select, sameDec)
}

/** Why an override is not used, when the engine refused it; nothing otherwise. */
export const useOverrideRefusal = (key: string) =>
  useScenario((s) =>
    currentEvaluation(s)?.problems.find((p) => p.code === 'badOverride' && p.key === key),
  )
