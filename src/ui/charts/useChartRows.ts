import type { Evaluation } from '../../model/engine/types'
import { samePlain } from '../../state/derived/sameValues'
import { useDeferredFromEvaluation } from '../../state/derived/useDerived'

/**
 * A chart's rows from the evaluation shown (the one given, or else the current one): the chart
 * re-renders only when its rows change, not on every evaluation, and after the headline. `rows`
 * keeps its identity while its inputs stay the same (useCallback).
 */
export const useChartRows = <R>(
  evaluation: Evaluation | undefined,
  rows: (evaluation: Evaluation) => R,
): R | null => useDeferredFromEvaluation(evaluation, rows, samePlain)
