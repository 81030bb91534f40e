import { useEffect, useState, type ReactNode } from 'react'
import { afterPaint } from '../state/derived/afterPaint'

// Whether the page's first screen has been painted: screens after it hold nothing back.
let painted = false

/**
 * Its children once the page's first screen has been painted, in a background render that input
 * can interrupt: the switches and the headline are drawn, and take clicks, before the charts and
 * tables under them are built. Later screens show them at once.
 */
export function AfterFirstPaint({ children }: { children: ReactNode }) {
  const [key] = useState(() => Symbol('after first paint'))
  const [shown, show] = useState(painted)
  useEffect(() => {
    if (shown) return
    return afterPaint(key, () => {
      painted = true
      show(true)
    })
  }, [key, shown])
  return shown ? children : null
}
