import { dec, Dec, ONE, ratio } from '../money/decimal'
import type { Measure } from '../schema/measure'
import type { UncertaintyLevel } from '../engine/uncertainty'
import type { MeasureResult } from '../engine/types'

/**
 * How far a measure's effect may fall short of or go beyond what is expected of it, as factors on
 * the expected effect: the least, the most likely (always 1, the expected effect itself) and the
 * most. Where it comes from is kept, so that a reader can be told what a figure rests on.
 */
export interface EffectRange {
  low: Dec
  high: Dec
  from: 'range' | 'potential' | 'level'
}

/**
 * The range of a measure's effect where its file states none, by how uncertain the source calls
 * it (docs/uncertainty.md): a low uncertainty ±10 %, a medium one ±25 %, and a high one — a
 * reduction that is only possible — anything from none of it to a quarter more.
 */
export const LEVEL_RANGES: Readonly<Record<UncertaintyLevel, { low: string; high: string }>> = {
  low: { low: '0.9', high: '1.1' },
  medium: { low: '0.75', high: '1.25' },
  high: { low: '0', high: '1.25' },
}

const levelRange = (measure: Measure): EffectRange => {
  const { low, high } = LEVEL_RANGES[measure.uncertainty.level]
  return { low: dec(low), high: dec(high), from: 'level' }
}

/**
 * A measure's range: the file's `uncertainty.range` (a low and a high full-year effect in NOK,
 * in either order), or else its drivers' potential as the most it may reach with the level's
 * least, or else the level's range. The expected effect always lies within it: a stated range that
 * leaves it out is widened to it. A measure without effect has none to vary.
 */
export function effectRange(measure: Measure, result: MeasureResult): EffectRange {
  const expected = result.annual.net
  if (expected.isZero()) return { low: ONE, high: ONE, from: 'level' }
  const stated = measure.uncertainty.range
  if (stated) {
    const [a, b] = [ratio(dec(stated.low), expected), ratio(dec(stated.high), expected)]
    return { low: Dec.min(a, b, ONE), high: Dec.max(a, b, ONE), from: 'range' }
  }
  if (result.potential && !result.potential.equals(expected)) {
    const most = ratio(result.potential, expected)
    if (most.greaterThan(ONE))
      return { low: levelRange(measure).low, high: most, from: 'potential' }
  }
  return levelRange(measure)
}
