import { useEffect } from 'react'
import type { ModelFileEntry, PublishedEntry } from '../state/bundledFiles'
import { startPersistence } from '../state/persistence'
import { isShareFragment, readShareFragment } from '../state/share/shareLink'
import { useScenario } from '../state/store'

/**
 * Opens the model, connects to the browser's storage (restoring this tab's draft), lists the
 * published scenarios, and shows a shared scenario when the page was opened from a link.
 */
export function useStartup(
  entry: ModelFileEntry | undefined,
  published: readonly PublishedEntry[],
): void {
  useEffect(() => {
    if (!entry?.load.ok) return
    const store = useScenario
    // Opened from a link: the read-only view from the first frame, never the editor first.
    if (isShareFragment(window.location.hash)) store.getState().readingLink()
    store.getState().openModel(entry.load.model)
    store.getState().setPublished(published.flatMap((p) => (p.ok ? [p.scenario] : [])))
    let stop: (() => void) | undefined
    let cancelled = false
    const showLink = async () => {
      if (isShareFragment(window.location.hash))
        store.getState().showShared(await readShareFragment(window.location.hash))
    }
    void startPersistence(store).then(async (disconnect) => {
      if (cancelled) disconnect()
      else stop = disconnect
      await showLink()
    })
    const onHash = () => void showLink()
    window.addEventListener('hashchange', onHash)
    return () => {
      cancelled = true
      stop?.()
      window.removeEventListener('hashchange', onHash)
    }
  }, [entry, published])
}
