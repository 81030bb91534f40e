/**
 * A stream of numbers in [0, 1) that the same seed always repeats: a simulation run twice on the
 * same selection gives the same figure, on any machine. Mulberry32: one 32-bit word of state, fast,
 * and even enough for the few million draws of a simulation (it is no cryptographic generator).
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
