import { startTransition, useEffect, useState, type ReactNode } from 'react'

// Whether the page's first screen has been painted; those waiting for it, called once it has.
let painted = false
const waiting = new Set<() => void>()

function onFirstPaint(then: () => void): () => void {
  if (waiting.size === 0)
    // A task queued from an animation frame runs once that frame has been painted.
    requestAnimationFrame(() =>
      setTimeout(() => {
        painted = true
        const all = [...waiting]
        waiting.clear()
        startTransition(() => {
          for (const call of all) call()
        })
      }),
    )
  waiting.add(then)
  return () => waiting.delete(then)
}

/**
 * Its children once the page's first screen has been painted, in a background render that input
 * can interrupt: the switches and the headline are drawn, and take clicks, before the charts and
 * tables under them are built. Later screens show them at once.
 */
export function AfterFirstPaint({ children }: { children: ReactNode }) {
  const [shown, show] = useState(painted)
  useEffect(() => (shown ? undefined : onFirstPaint(() => show(true))), [shown])
  return shown ? children : null
}
