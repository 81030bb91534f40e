import { startTransition, useEffect, useState } from 'react'
import { useScenario, type Store } from '../store'

// React's useDeferredValue starts the background render as soon as the switch's own has committed,
// in the same frame: its commit and the browser's layout of the redrawn charts then hold back the
// paint of the headline. These values wait until that frame has been painted, and all change in
// one background render that input can interrupt.
const waiting = new Map<symbol, () => void>()
// Whether a frame has started since the last values were shown. A value that waits on those (a
// chart's drawing on its rows) follows in a task of its own, where the browser may paint first,
// not a whole frame later.
let framed = true

function showWaiting(): void {
  // All cancelled (the parts are gone, maybe with the page): nothing to show, no frame to ask for.
  if (waiting.size === 0) return
  const shows = [...waiting.values()]
  waiting.clear()
  framed = false
  requestAnimationFrame(() => (framed = true))
  startTransition(() => {
    for (const show of shows) show()
  })
}

/**
 * Calls `show` in a background render once the frame now being made has been painted, with every
 * other value waiting for it; returns a function that cancels it.
 */
export function afterPaint(key: symbol, show: () => void): () => void {
  if (waiting.size === 0) {
    // A task queued from an animation frame runs once that frame has been painted.
    if (framed) requestAnimationFrame(() => setTimeout(showWaiting))
    else setTimeout(showWaiting)
  }
  waiting.set(key, show)
  return () => waiting.delete(key)
}

// recharts draws a chart's new figures in updates of the chart's own store that React renders at
// once, outside its time slicing, after the background render has committed: some 20 ms a chart
// here, and every chart of a switch together a task of 80 ms and more that holds input back. Such
// drawings take turns instead: one in a task, and a frame painted before the next.
const turns = new Map<symbol, () => void>()
const TURNS = Symbol('turns')
let turning = false

function takeTurn(): void {
  const next = turns.entries().next()
  if (next.done) {
    turning = false
    return
  }
  const [key, show] = next.value
  turns.delete(key)
  startTransition(show)
  requestAnimationFrame(() => setTimeout(takeTurn))
}

/**
 * Calls `show` in a background render once the frame now being made has been painted, as
 * afterPaint does, but alone: one such call in a task, each after another frame has been painted,
 * in the order they were asked for. Returns a function that cancels it.
 */
export function inTurn(key: symbol, show: () => void): () => void {
  turns.set(key, show)
  if (!turning) {
    turning = true
    afterPaint(TURNS, takeTurn)
  }
  return () => turns.delete(key)
}

// Work that waits for all of that: asked for in a change, it starts once two frames have been
// painted (by then the change's background render has asked for its drawings' turns) and no
// drawing is still waiting for its turn.
const settled = new Map<symbol, () => void>()
let settling = false
// Parts still being built a piece after each paint (a long list growing) hold it back too.
let holds = 0
const twoFramesOn = (then: () => void) =>
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(then)))

function settle(): void {
  if (settled.size === 0) {
    settling = false
    return
  }
  if (turning || holds > 0) {
    twoFramesOn(settle)
    return
  }
  settling = false
  const shows = [...settled.values()]
  settled.clear()
  for (const show of shows) show()
}

/**
 * Calls `show` once a change's headline, tables and drawings have all been painted: for work that
 * competes for the machine with them (a worker's simulation). Returns a function that cancels it.
 */
export function whenSettled(key: symbol, show: () => void): () => void {
  settled.set(key, show)
  if (!settling) {
    settling = true
    twoFramesOn(settle)
  }
  return () => settled.delete(key)
}

/**
 * Holds back the work asked for with whenSettled until the returned function is called: for a
 * part that is built a piece after each paint.
 */
export function holdSettled(): () => void {
  holds++
  let held = true
  return () => {
    if (held) holds--
    held = false
  }
}

/**
 * The value as it was when the last frame was painted, and then the new one: a drop-in for
 * useDeferredValue whose background render starts after the paint, not before it. `schedule` says
 * when the new one is shown: with every other value waiting (afterPaint), or in turn (inTurn).
 */
export function useAfterPaint<T>(value: T, schedule: typeof afterPaint = afterPaint): T {
  const [key] = useState(() => Symbol('after paint'))
  const [shown, show] = useState(() => ({ value }))
  useEffect(() => {
    if (Object.is(shown.value, value)) return
    return schedule(key, () => show({ value }))
  }, [key, shown, value, schedule])
  return shown.value
}

/**
 * What `select` gives of the store as it was when the last frame was painted, and then the new
 * value, as useAfterPaint gives it, but without rendering the component in the change's own render
 * at all: the switch's render is the headline's alone. `select` and `equal` keep their identity
 * while their inputs stay the same (useCallback); a value alike by `equal` keeps the one shown.
 */
export function useScenarioAfterPaint<T>(
  select: (s: Store) => T,
  equal: (a: T, b: T) => boolean = Object.is,
): T {
  const [key] = useState(() => Symbol('after paint'))
  const [shown, show] = useState(() => ({ value: select(useScenario.getState()) }))
  useEffect(() => {
    let next = shown.value
    let cancel: (() => void) | undefined
    const follow = () => {
      const value = select(useScenario.getState())
      if (equal(next, value)) return
      next = value
      cancel?.()
      cancel = afterPaint(key, () => show({ value }))
    }
    // A change between this render and this effect is followed too.
    follow()
    const unsubscribe = useScenario.subscribe(follow)
    return () => {
      unsubscribe()
      cancel?.()
    }
  }, [key, select, equal, shown])
  return shown.value
}
