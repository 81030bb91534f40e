import { useLayoutEffect, useState, type RefObject } from 'react'

export interface BoxSize {
  width: number
  height: number
  /** The box's font size in px: margins and label room are measured in it. */
  em: number
}

/**
 * The size of an element, kept up to date as it changes. Null until measured, and where the
 * browser cannot measure (jsdom has no ResizeObserver): a chart then draws nothing rather than
 * something of a made-up size.
 */
export function useBoxSize(ref: RefObject<HTMLElement | null>): BoxSize | null {
  const [size, setSize] = useState<BoxSize | null>(null)
  useLayoutEffect(() => {
    const element = ref.current
    if (!element || typeof ResizeObserver === 'undefined') return
    const measure = () => {
      const width = Math.floor(element.clientWidth)
      const height = Math.floor(element.clientHeight)
      const em = parseFloat(getComputedStyle(element).fontSize) || 16
      setSize((old) =>
        old?.width === width && old.height === height && old.em === em
          ? old
          : width > 0 && height > 0
            ? { width, height, em }
            : null,
      )
    }
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref])
  return size
}
