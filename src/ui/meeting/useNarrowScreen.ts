import { useSyncExternalStore } from 'react'

// The width below which the results go under the measures: styles.css shows the summary strip
// there (.results-summary, max-width: 900px).
const NARROW = '(max-width: 900px)'

// One list for the page: the summary reads it in every switch's render, and asking the browser
// for a new one each time cost more than the rest of that render.
let list: MediaQueryList | null | undefined
const query = (): MediaQueryList | null =>
  (list ??= typeof window.matchMedia === 'function' ? window.matchMedia(NARROW) : null)

function subscribe(changed: () => void): () => void {
  const watched = query()
  watched?.addEventListener('change', changed)
  return () => watched?.removeEventListener('change', changed)
}

// Where the browser cannot tell (a test's document), the strip counts as shown.
const narrow = (): boolean => query()?.matches ?? true

/** Whether the screen is narrow enough for the results to sit under the measures. */
export const useNarrowScreen = (): boolean => useSyncExternalStore(subscribe, narrow)
