import { useShallow } from 'zustand/react/shallow'
import type { MeasureResult } from '../../model/engine/types'
import type { Dec } from '../../model/money/decimal'
import { own } from '../../model/own'
import type { MeasureBasis } from '../../model/scenario/measureBases'
import { currentBasis, currentEvaluation } from '../evaluation'
import { useScenario } from '../store'
import { sameDec } from './sameValues'
import { useDerived } from './useDerived'

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

/**
 * A measure's state in one subscription: with a thousand measures, every change asks each item
 * whether its own state moved, and one question per item costs a fifth of five.
 */
export const useMeasureState = (id: string): MeasureState =>
  useScenario(
    useShallow((s) => {
      const basis = currentBasis(s)
      return {
        on: chosenSet(s.doc.selection).has(id),
        result: basis.effects.get(id),
        basis: basis.bases.get(id),
        expanded: s.expanded.includes(id),
      }
    }),
  )

/** The chosen measures' net change in one theme and year: re-renders only when that sum moves. */
export const useThemeNet = (theme: string, year: number): Dec | undefined =>
  useDerived(
    (s) => own(currentEvaluation(s)?.years.find((y) => y.year === year)?.byTheme, theme),
    sameDec,
  )

/** Why an override is not used, when the engine refused it; nothing otherwise. */
export const useOverrideRefusal = (key: string) =>
  useScenario((s) =>
    currentEvaluation(s)?.problems.find((p) => p.code === 'badOverride' && p.key === key),
  )
