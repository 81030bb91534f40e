import { sum, ZERO, type Dec } from '../money/decimal'
import type { Measure } from '../schema/measure'
import { UncertaintyLevel } from '../schema/measure'
import type { Flow, MeasureResult } from './types'

export type UncertaintyLevel = (typeof UncertaintyLevel)[number]

export interface UncertaintyShare {
  level: UncertaintyLevel
  /** Net change resting on estimates of this level (negative = saving). */
  net: Dec
  measures: string[]
}

/**
 * How much of a result rests on estimates of each uncertainty level, for one plan year or for the
 * lasting effect: the chosen measures' net effect grouped by their uncertainty.
 */
export function uncertaintyShares(
  measures: readonly Measure[],
  results: readonly MeasureResult[],
  flowOf: (result: MeasureResult) => Flow | undefined,
): UncertaintyShare[] {
  const levelOf = new Map(measures.map((m) => [m.id, m.uncertainty.level]))
  return UncertaintyLevel.map((level) => {
    const here = results.filter(
      (r) => levelOf.get(r.id) === level && !(flowOf(r)?.net ?? ZERO).isZero(),
    )
    return {
      level,
      net: sum(here.map((r) => flowOf(r)?.net ?? ZERO)),
      measures: here.map((r) => r.id),
    }
  })
}
