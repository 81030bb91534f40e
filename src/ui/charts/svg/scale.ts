/** A linear map from a domain of values to a range of pixels. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]) {
  const [d0, d1] = domain
  const [r0, r1] = range
  const span = d1 - d0 || 1
  return (value: number) => r0 + ((value - d0) / span) * (r1 - r0)
}

/**
 * Round tick values covering `min`–`max` (which are widened to include zero), about `count` of
 * them, on steps of 1, 2 or 5 times a power of ten: 0, 2, 4, 6, 8.
 */
export function niceTicks(min: number, max: number, count = 5): number[] {
  const low = Math.min(0, min)
  const high = Math.max(0, max)
  if (low === high) return [0, 1]
  const rough = (high - low) / count
  const power = 10 ** Math.floor(Math.log10(rough))
  const step = ([1, 2, 5, 10].find((m) => m * power >= rough) ?? 10) * power
  const first = Math.floor(low / step) * step
  const ticks: number[] = []
  for (let tick = first; tick <= high + step * 1e-9; tick += step)
    ticks.push(Number(tick.toFixed(10)))
  if ((ticks.at(-1) ?? 0) < high) ticks.push(Number(((ticks.at(-1) ?? 0) + step).toFixed(10)))
  return ticks
}
