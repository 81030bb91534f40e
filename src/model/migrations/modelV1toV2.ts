import type { Migration } from './migrate'

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** A share of a year that is a whole number of months from the end: 5/12 is a start in August. */
function monthOf(share: unknown): number | undefined {
  if (typeof share !== 'string' || !/^(0(\.\d+)?|1(\.0+)?)$/.test(share)) return undefined
  const twelfths = Number(share) * 12
  const whole = Math.round(twelfths)
  // Twelfths of a year written with at most 12 decimals are whole only if exactly so; the pattern
  // keeps the share at most 1, and so the twelfths at most 12.
  return whole >= 1 && Math.abs(twelfths - whole) < 1e-9 ? 13 - whole : undefined
}

function timingV2(timing: unknown): unknown {
  if (!isRecord(timing) || !Object.hasOwn(timing, 'firstYearShare')) return timing
  const month = monthOf(timing['firstYearShare'])
  if (month === undefined) return timing
  const { firstYearShare: _share, ...rest } = timing
  return { ...rest, firstMonth: month }
}

/**
 * Version 1 → 2. The target's lasting reduction is named `lasting`, now that a plan year may
 * have a target of its own; a first-year share that is whole months becomes the month the measure
 * starts in (0.4166… is not written, but 5/12 of a year from August is `firstMonth: 8`), other
 * shares stay as they are. Nothing else changes, and nothing's meaning does.
 */
export const modelV1toV2: Migration = (file) => {
  const target = file['target']
  const measures = file['measures']
  return {
    ...file,
    ...(isRecord(target) && Object.hasOwn(target, 'annualReduction')
      ? {
          target: Object.fromEntries(
            Object.entries(target).map(([key, value]) => [
              key === 'annualReduction' ? 'lasting' : key,
              value,
            ]),
          ),
        }
      : {}),
    ...(Array.isArray(measures)
      ? {
          measures: measures.map((measure: unknown) =>
            isRecord(measure) && Object.hasOwn(measure, 'timing')
              ? { ...measure, timing: timingV2(measure['timing']) }
              : measure,
          ),
        }
      : {}),
  }
}
