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

/** Whether a measure is chosen: changes only when that measure is switched. */
export const useMeasureChosen = (id: string): boolean =>
  useScenario((s) => chosenSet(s.doc.selection).has(id))

/** A measure's own effect with the current overrides, chosen or not. */
export const useMeasureEffect = (id: string): MeasureResult | undefined =>
  useScenario((s) => currentBasis(s).effects.get(id))

/** What a measure's figures rest on, when its inputs differ from the model file. */
export const useMeasureBasis = (id: string): MeasureBasis | undefined =>
  useScenario((s) => currentBasis(s).bases.get(id))

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
