import type { Evaluation } from '../../model/engine/types'

/**
 * A table derived from an evaluation, computed once per evaluation and key (a year, say) and kept
 * as long as the evaluation is: every component that shows it gets the same object.
 */
export function perEvaluation<K extends string | number, R>(
  derive: (evaluation: Evaluation, key: K) => R,
): (evaluation: Evaluation, key: K) => R {
  const known = new WeakMap<Evaluation, Map<K, R>>()
  return (evaluation, key) => {
    let byKey = known.get(evaluation)
    if (!byKey) known.set(evaluation, (byKey = new Map<K, R>()))
    if (byKey.has(key)) return byKey.get(key) as R
    const result = derive(evaluation, key)
    byKey.set(key, result)
    return result
  }
}
