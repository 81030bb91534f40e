import type { MeasureResult } from '../engine/types'
import { dec, type Dec } from '../money/decimal'
import { agreesAtStep } from '../money/rounding'
import type { ModelFile } from '../schema/modelFile'
import type { ChangedInput } from './changedInputs'

/** What a measure's figures rest on, when it is not the model file's inputs alone. */
export interface MeasureBasis {
  /** The measure's inputs that differ from the model file, in the model's order. */
  changed: ChangedInput[]
  /**
   * The full-year net effect the source prints, and the one computed now, when the computed one no
   * longer rounds to the printed figure at the precision it was printed with; otherwise null.
   */
  reportedNoLongerHolds: { reported: Dec; computed: Dec } | null
}

/**
 * Every measure whose inputs differ from the model file, with those inputs and whether the figure
 * the source prints for it still holds. Measures on the file's inputs are absent: the source's
 * words describe them as they are.
 */
export function measureBases(
  model: ModelFile,
  changed: readonly ChangedInput[],
  effects: ReadonlyMap<string, MeasureResult>,
): ReadonlyMap<string, MeasureBasis> {
  const bases = new Map<string, MeasureBasis>()
  for (const measure of model.measures) {
    const own = changed.filter((c) => c.measure === measure.id)
    if (own.length === 0) continue
    const computed = effects.get(measure.id)?.annual.net
    const printed = measure.reported
    const stale =
      printed !== undefined &&
      computed !== undefined &&
      !agreesAtStep(computed, dec(printed.amount), dec(printed.precision))
    bases.set(measure.id, {
      changed: own,
      reportedNoLongerHolds: stale ? { reported: dec(printed.amount), computed } : null,
    })
  }
  return bases
}
