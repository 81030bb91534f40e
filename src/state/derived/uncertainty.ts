import { uncertaintyShares, type UncertaintyShare } from '../../model/engine/uncertainty'
import type { Evaluation } from '../../model/engine/types'
import type { ValidModel } from '../../model/load/validModel'
import { ratio, sum, ZERO, type Dec } from '../../model/money/decimal'

const known = new WeakMap<Evaluation, Map<string, UncertaintyShare[]>>()

/**
 * How much of a plan year's result, or of the lasting one, rests on estimates of each uncertainty
 * level: once per evaluation and year.
 */
export function uncertaintyOf(
  model: ValidModel,
  evaluation: Evaluation,
  year: number | 'lasting',
): UncertaintyShare[] {
  let byYear = known.get(evaluation)
  if (!byYear) known.set(evaluation, (byYear = new Map<string, UncertaintyShare[]>()))
  const key = String(year)
  const cached = byYear.get(key)
  if (cached) return cached
  const shares = uncertaintyShares(model.measures, evaluation.measures, (m) =>
    year === 'lasting' ? m.lasting : m.byYear[year],
  )
  byYear.set(key, shares)
  return shares
}

/** Share of the lasting saving that rests on estimates the source calls uncertain. */
export function uncertainShare(model: ValidModel, evaluation: Evaluation): Dec {
  const shares = uncertaintyOf(model, evaluation, 'lasting')
  const total = sum(shares.map((s) => s.net))
  const high = shares.find((s) => s.level === 'high')?.net ?? ZERO
  return total.isZero() ? ZERO : ratio(high, total)
}
