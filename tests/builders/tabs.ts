import 'fake-indexeddb/auto'
import { startPersistence, type PersistenceOptions } from '../../src/state/persistence'
import { Database } from '../../src/state/storage/database'
import { createScenarioStore } from '../../src/state/store'
import type { TabEnvironment } from '../../src/state/tabIdentity'
import { vestvagoy } from './model'

const model = vestvagoy()
let counter = 0
const stops: (() => void)[] = []

/** A fresh database name: a new browser profile. */
export const freshDb = () => `scenarios-${++counter}-${Math.random()}`

/** Lets IndexedDB work and BroadcastChannel messages arrive. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 30))

/** A tab: a store on the Vestvågøy model, connected to a named database. */
export async function openTab(db: string, options: PersistenceOptions = {}) {
  const store = createScenarioStore()
  store.getState().openModel(model)
  const stop = await startPersistence(store, {
    ...(options.env ? {} : { tab: `tab-${++counter}` }),
    target: null,
    open: (events) => Database.open(db, events),
    ...options,
  })
  stops.push(stop)
  return Object.assign(store, { close: stop })
}

/** Closes every tab opened since the last call (for afterEach). */
export const closeTabs = () => stops.splice(0).forEach((stop) => stop())

/**
 * A browser's sessionStorage and Web Locks, shared by the tabs of one test: a lock is held until
 * its tab lets go, as a page holds it until it goes.
 */
export function fakeBrowser() {
  const held = new Map<string, () => void>()
  const queued = new Map<string, (() => void)[]>()
  const grant = (name: string, callback: LockGrantedCallback<unknown>) => {
    let release = () => undefined as void
    const done = new Promise<void>((resolve) => (release = resolve))
    held.set(name, () => {
      held.delete(name)
      release()
      queued.get(name)?.shift()?.()
    })
    void callback({ name, mode: 'exclusive' })
    return done
  }
  const locks = {
    request: (name: string, options: LockOptions, callback: LockGrantedCallback<unknown>) => {
      if (!held.has(name)) return grant(name, callback)
      if (options.ifAvailable) return Promise.resolve(callback(null))
      // Without ifAvailable the request waits until the page holding the lock goes.
      return new Promise<void>((resolve) => {
        queued.set(name, [...(queued.get(name) ?? []), () => resolve(grant(name, callback))])
      })
    },
    query: () =>
      Promise.resolve({ held: [...held.keys()].map((name) => ({ name, mode: 'exclusive' })) }),
  } as unknown as LockManager
  /** A tab's own sessionStorage, copied from `from` as a duplicated tab's is. */
  const session = (from?: Map<string, string>) => {
    const items = new Map(from)
    return Object.assign(
      {
        getItem: (key: string) => items.get(key) ?? null,
        setItem: (key: string, value: string) => void items.set(key, value),
      },
      { items },
    )
  }
  const tabEnv = (s = session()): TabEnvironment & { session: ReturnType<typeof session> } => ({
    session: s,
    locks,
  })
  /** The page with this tab id goes: its lock is let go. */
  const leave = (tab: string) => held.get(`omstilling.tab.${tab}`)?.()
  return { tabEnv, session, leave }
}
