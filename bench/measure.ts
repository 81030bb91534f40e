/** Median time per call in ms: batches of calls, each batch long enough to be timed reliably. */
export function timePerCall(fn: () => void, { batches = 15, minBatchMs = 40 } = {}): number {
  let calls = 1
  for (;;) {
    const start = performance.now()
    for (let i = 0; i < calls; i++) fn()
    if (performance.now() - start >= minBatchMs) break
    calls *= 2
  }
  const perCall: number[] = []
  for (let b = 0; b < batches; b++) {
    const start = performance.now()
    for (let i = 0; i < calls; i++) fn()
    perCall.push((performance.now() - start) / calls)
  }
  perCall.sort((a, b) => a - b)
  return perCall[Math.floor(perCall.length / 2)] ?? Number.NaN
}

export const ms = (value: number) =>
  value >= 10 ? value.toFixed(1) : value >= 0.1 ? value.toFixed(3) : value.toFixed(4)
