import type { StoreApi } from 'zustand'
import { isDirty, scenarioFileOf } from './currentScenario'
import { ScenarioRepository } from './storage/scenarioRepository'
import { classify } from './storage/storageError'
import type { StorageIssue, TabMessage } from './scenariosSlice'
import type { Store } from './store'

const CHANNEL = 'omstilling-scenarios'
const UNTITLED = '(uten navn)'

/** One id per browser tab, kept across its reloads, so each tab finds its own draft. */
function tabId(): string {
  try {
    const known = sessionStorage.getItem('omstilling.tab')
    if (known) return known
    const fresh = crypto.randomUUID()
    sessionStorage.setItem('omstilling.tab', fresh)
    return fresh
  } catch {
    return crypto.randomUUID()
  }
}

const isTabMessage = (data: unknown): data is TabMessage =>
  typeof data === 'object' &&
  data !== null &&
  (data as TabMessage).type === 'changed' &&
  typeof (data as TabMessage).id === 'string'

/**
 * Connects the store to the browser: saved scenarios in IndexedDB, this tab's draft, and the other
 * tabs. The draft is restored before anything is written, and if it cannot be read no draft is
 * written over it. Returns a function that disconnects.
 */
export async function startPersistence(
  store: StoreApi<Store>,
  options: { tab?: string; open?: () => Promise<ScenarioRepository>; draftDelayMs?: number } = {},
): Promise<() => void> {
  const tab = options.tab ?? tabId()
  let repository: ScenarioRepository | null = null
  let issue: StorageIssue | null = null
  try {
    repository = await (options.open ?? (() => ScenarioRepository.open()))()
  } catch (error) {
    issue = { failure: classify(error).failure }
  }

  await store.getState().connect(repository, issue)

  let draftWritable = repository !== null
  if (repository) {
    try {
      const { draft, quarantined } = await repository.draft(tab)
      if (quarantined) store.setState({ storageIssue: { failure: 'draftQuarantined' } })
      if (draft) store.getState().restoreDraft(draft)
    } catch (error) {
      draftWritable = false
      store.setState({ storageIssue: { failure: classify(error).failure } })
    }
  }

  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL)
  if (channel) {
    channel.onmessage = (event: MessageEvent<unknown>) => {
      if (isTabMessage(event.data)) void store.getState().otherTabChanged(event.data.id)
    }
  }
  store.setState({ announce: (message) => channel?.postMessage(message) })

  const writeDraft = async () => {
    const state = store.getState()
    if (!repository || !draftWritable || !state.model) return
    try {
      if (!isDirty(state.current, state.doc)) await repository.removeDraft(tab)
      else {
        const untitled = state.current.name.trim() === ''
        await repository.putDraft(tab, {
          scenario: scenarioFileOf(
            state.model,
            { name: untitled ? UNTITLED : state.current.name, note: state.current.note },
            state.doc,
          ),
          untitled,
          base:
            state.current.id !== null && state.current.rev !== null
              ? { id: state.current.id, rev: state.current.rev }
              : null,
          published: state.current.published,
          savedAt: new Date().toISOString(),
        })
      }
    } catch (error) {
      const failure = classify(error).failure
      if (store.getState().storageIssue?.failure !== failure)
        store.setState({ storageIssue: { failure } })
    }
  }
  let timer: ReturnType<typeof setTimeout> | undefined
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.doc === previous.doc && state.current === previous.current) return
    clearTimeout(timer)
    timer = setTimeout(() => void writeDraft(), options.draftDelayMs ?? 300)
  })

  return () => {
    unsubscribe()
    clearTimeout(timer)
    channel?.close()
    repository?.close()
    store.setState({ announce: () => undefined })
  }
}
