import { useEffect, useState } from 'react'
import { afterPaint, holdSettled } from '../state/derived/afterPaint'

/** Items rendered at once: more than the largest screen shows of the lists it serves. */
export const FIRST_ITEMS = 40
/** Items added after each painted frame until the whole list is in the page. */
export const MORE_ITEMS = 100

/**
 * How many of a list's `total` items to render: a screenful at once, then more after each painted
 * frame, in background renders that input can interrupt, until every item is in the page (for
 * find-in-page, printing, the keyboard and screen readers). A list of a thousand measures opens in
 * the time a screenful takes. The count starts again at a screenful when `from` changes (another
 * model); a filter that shortens the list keeps the items shown, and so the reader's place.
 */
export function useGrowingCount(total: number, from: unknown): number {
  const [key] = useState(() => Symbol('growing list'))
  const [shown, setShown] = useState({ from, count: Math.min(total, FIRST_ITEMS) })
  const start = Math.min(total, FIRST_ITEMS)
  // A shorter list shows all it has, and grows again from there when it is longer once more.
  const count = shown.from === from ? Math.max(start, Math.min(shown.count, total)) : start
  if (shown.from !== from || shown.count !== count) setShown({ from, count })
  const growing = count < total
  // Work that waits for a settled page (the chance's simulation) waits for the whole list.
  useEffect(() => (growing ? holdSettled() : undefined), [growing])
  useEffect(() => {
    if (!growing) return
    return afterPaint(key, () =>
      setShown((now) => (now.from === from ? { from, count: now.count + MORE_ITEMS } : now)),
    )
  }, [key, growing, count, from])
  return count
}
