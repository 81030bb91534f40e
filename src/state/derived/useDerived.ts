import { useMemo, useRef, useState } from 'react'
import { useScenarioAfterPaint } from './afterPaint'
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

/**
 * The evaluation shown (the one given, or else the current one) for a part that may follow the
 * headline: a switch renders the headline alone, and the parts that take this once that frame is
 * painted, in the background, where input can interrupt them. Once that render has settled, it is
 * the current evaluation. A given one (a shared scenario's) is fixed, and shown as it is.
 */
export function useDeferredEvaluation(given?: Evaluation): Evaluation | null {
  const current = useScenarioAfterPaint(currentEvaluation)
  return given ?? current
}

/**
 * As useFromEvaluation, after the headline: `derive` runs in the background render, not in the
 * switch's own, and must keep its identity while its inputs stay the same (useCallback). The
 * value keeps its identity while it stays alike by `equal`, so parts memoised on it skip the
 * render.
 */
export function useDeferredFromEvaluation<T>(
  given: Evaluation | undefined,
  derive: (evaluation: Evaluation) => T,
  equal: (a: T, b: T) => boolean = Object.is,
): T | null {
  const evaluation = useDeferredEvaluation(given)
  const value = useMemo(() => (evaluation ? derive(evaluation) : null), [evaluation, derive])
  const [kept, keep] = useState(value)
  if (kept === value || (kept !== null && value !== null && equal(kept, value))) return kept
  // Stored as React allows during a render: it renders this part again at once, with the new value.
  keep(value)
  return value
}
