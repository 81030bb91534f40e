import { lazy, Suspense, type FunctionComponent, type ReactNode } from 'react'
import { useText } from './useText'

/**
 * A component from a chunk of its own, loaded when first drawn: what the first screen does not
 * show is not fetched, parsed and run before it. `name` is the module's export.
 */
export const lazyPart = <P extends object, K extends string>(
  load: () => Promise<Record<K, FunctionComponent<P>>>,
  name: K,
) => lazy(async () => ({ default: (await load())[name] }))

/**
 * Shows `children` once their chunk has loaded, saying meanwhile that it loads: `inline` for a
 * part that takes a place on the screen, so the text holds the place; otherwise (a dialog, which
 * lies over the screen) only to screen readers, so that nothing moves.
 */
export function LazyPart({ inline = false, children }: { inline?: boolean; children: ReactNode }) {
  const t = useText()
  const fallback = (
    <p role="status" className={inline ? 'part-loading' : 'visually-hidden'}>
      {t.loadingPart}
    </p>
  )
  return <Suspense fallback={fallback}>{children}</Suspense>
}
