import type { Dec } from '../../model/money/decimal'

/** Two amounts alike in value, or both missing. */
export const sameDec = (a: Dec | undefined, b: Dec | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && a.equals(b))

/**
 * Two plain values (numbers, strings, arrays, maps and objects of them) alike throughout: chart
 * rows computed afresh from an evaluation with the same figures compare equal.
 */
export function samePlain(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (a instanceof Map || b instanceof Map)
    return (
      a instanceof Map &&
      b instanceof Map &&
      a.size === b.size &&
      [...a].every(([key, value]) => b.has(key) && samePlain(value, b.get(key)))
    )
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const keys = Object.keys(a)
  if (keys.length !== Object.keys(b).length) return false
  return keys.every(
    (key) =>
      Object.hasOwn(b, key) &&
      samePlain((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  )
}
