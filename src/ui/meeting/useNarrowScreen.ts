import { useSyncExternalStore } from 'react'

// The width below which the results go under the measures: styles.css shows the summary strip
// there (.results-summary, max-width: 900px).
const NARROW = '(max-width: 900px)'

const query = (): MediaQueryList | null =>
  typeof window.matchMedia === 'function' ? window.matchMedia(NARROW) : null

function subscribe(changed: () => void): () => void {
  const list = query()
  list?.addEventListener('change', changed)
  return () => list?.removeEventListener('change', changed)
}

// Where the browser cannot tell (a test's document), the strip counts as shown.
const narrow = (): boolean => query()?.matches ?? true

/** Whether the screen is narrow enough for the results to sit under the measures. */
export const useNarrowScreen = (): boolean => useSyncExternalStore(subscribe, narrow)
