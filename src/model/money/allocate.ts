import { ZERO, sum, type Dec as DecType } from './decimal'

/**
 * Splits `total` over `weights` in whole multiples of `step` so that the parts add up to `total`
 * exactly (largest remainder). Used to show shares that sum to 100,0 % and amounts that sum to
 * their total. `total` must be a non-negative multiple of `step`; weights non-negative with a positive sum.
 */
export function allocate({
  total,
  weights,
  step,
}: {
  total: DecType
  weights: readonly DecType[]
  step: DecType
}): DecType[] {
  const weightSum = sum(weights)
  if (weightSum.lte(0) || weights.some((w) => w.isNeg())) {
    throw new RangeError('allocate: weights must be non-negative with a positive sum')
  }
  const units = total.dividedBy(step)
  if (!units.isInteger() || units.isNeg())
    throw new RangeError('allocate: total must be a non-negative multiple of step')

  const exact = weights.map((w) => units.times(w).dividedBy(weightSum))
  const floors = exact.map((e) => e.floor())
  let left = units.minus(sum(floors)).toNumber()
  // Array sort is stable, so equal remainders keep the lines' order: the earliest gets the step.
  const order = exact
    .map((e, index) => ({ index, remainder: e.minus(e.floor()) }))
    .sort((a, b) => b.remainder.comparedTo(a.remainder))
  const parts = [...floors]
  for (const { index } of order) {
    if (left <= 0) break
    parts[index] = (parts[index] ?? ZERO).plus(1)
    left -= 1
  }
  return parts.map((p) => p.times(step))
}
