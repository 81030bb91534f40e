import { useEffect } from 'react'
import { defaultModelFile, type ModelFileEntry, type PublishedEntry } from '../state/bundledFiles'
import { bundledKey, bundledModel } from '../state/library'
import { startPersistence } from '../state/persistence'
import { isShareFragment, readShareFragment } from '../state/share/shareLink'
import { useScenario } from '../state/store'

const REMEMBERED = 'omstilling.openModel'

// Storage may be refused (private mode, policies): then the first screen shows the published model.
function rememberedModel(): string | null {
  try {
    return localStorage.getItem(REMEMBERED)
  } catch {
    return null
  }
}
function rememberModel(key: string): void {
  try {
    localStorage.setItem(REMEMBERED, key)
  } catch {
    // Only the first screen's choice depends on it; IndexedDB keeps the same choice.
  }
}

/**
 * Opens the model, connects to the browser's storage (restoring this tab's draft), lists the
 * published scenarios, and shows a shared scenario when the page was opened from a link.
 * Returns a function that stops it all.
 */
function start(entries: readonly ModelFileEntry[], published: readonly PublishedEntry[]) {
  const entry = defaultModelFile(entries)
  if (!entry?.load.ok) return () => undefined
  const store = useScenario
  // Opened from a link: the read-only view from the first frame, never the editor first.
  if (isShareFragment(window.location.hash)) store.getState().readingLink()
  // The published models are known before storage is: the first screen needs no storage.
  store.setState({ bundledModels: entries, library: entries.map(bundledModel) })
  // The user's own model is read from storage: rather than show the published one first and then
  // swap, the first screen waits for it.
  if (!rememberedModel()?.startsWith('own:')) store.getState().switchModel(bundledKey(entry.name))
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.modelKey !== previous.modelKey && state.modelKey) rememberModel(state.modelKey)
  })
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
    unsubscribe()
    stop?.()
    window.removeEventListener('hashchange', onHash)
  }
}

let running: {
  entries: readonly ModelFileEntry[]
  published: readonly PublishedEntry[]
  users: number
  stop: () => void
} | null = null

/**
 * Starts the app on these files, or joins the start already made on them. Called before the first
 * render, the store holds the open model when the app first renders, and storage is being read
 * (see restoredWithin): the first screen is the editor, not a loading text followed by a second
 * full render.
 * Returns a function that lets go; the last to let go stops it.
 */
export function startApp(
  entries: readonly ModelFileEntry[],
  published: readonly PublishedEntry[],
): () => void {
  if (running?.entries !== entries || running.published !== published) {
    running?.stop()
    running = { entries, published, users: 0, stop: start(entries, published) }
  }
  const started = running
  started.users++
  return () => {
    started.users--
    // React's strict mode lets go and takes again within one commit: that must not restart it.
    queueMicrotask(() => {
      if (started.users > 0 || running !== started) return
      running = null
      started.stop()
    })
  }
}

/**
 * Resolves once this tab's unsaved work has been read back, or after `limit` ms if that takes
 * longer. The first render waits for it: rendered after it, the first screen takes clicks at once,
 * and storage's few quick answers are not queued behind the render's long task.
 */
export function restoredWithin(limit: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer)
      unsubscribe()
      resolve()
    }
    const timer = setTimeout(done, limit)
    const unsubscribe = useScenario.subscribe((state) => {
      if (!state.restoring) done()
    })
    if (!useScenario.getState().restoring) done()
  })
}

/** Starts the app on these files for as long as the component is mounted (see startApp). */
export function useStartup(
  entries: readonly ModelFileEntry[],
  published: readonly PublishedEntry[],
): void {
  useEffect(() => startApp(entries, published), [entries, published])
}
