import { useRef } from 'react'
import type { Evaluation } from '../../model/engine/types'
import { currentEvaluation } from '../evaluation'
import { useScenario, type Store } from '../store'

/**
 * A value derived from the store that re-renders its component only when it changes by `equal`:
 * a new evaluation with the same figures keeps the value the component already shows.
 */
export function useDerived<T>(select: (s: Store) => T, equal: (a: T, b: T) => boolean): T {
  const last = useRef<{ value: T } | null>(null)
  return useScenario((s) => {
    const next = select(s)
    const known = last.current
    if (known && equal(known.value, next)) return known.value
    last.current = { value: next }
    return next
  })
}

/**
 * A value derived from the evaluation shown: the one given (a shared scenario's), or else the
 * current one, followed as the user switches measures.
 */
export function useFromEvaluation<T>(
  given: Evaluation | undefined,
  derive: (evaluation: Evaluation) => T,
  equal: (a: T, b: T) => boolean = Object.is,
): T | null {
  return useDerived(
    (s) => {
      const evaluation = given ?? currentEvaluation(s)
      return evaluation ? derive(evaluation) : null
    },
    (a, b) => a === b || (a !== null && b !== null && equal(a, b)),
  )
}
