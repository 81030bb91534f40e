const KEY = 'omstilling.tab'
const lockName = (tab: string) => `omstilling.tab.${tab}`

/** What the tab needs from the browser, passed in so tests can stand in for it. */
export interface TabEnvironment {
  session: Pick<Storage, 'getItem' | 'setItem'> | null
  locks: LockManager | null
}

export const browserTabEnvironment = (): TabEnvironment => ({
  session: (() => {
    try {
      return sessionStorage
    } catch {
      return null
    }
  })(),
  locks: typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : null,
})

/** Holds a tab's lock for the life of the page, if no other page holds it. */
function hold(locks: LockManager, tab: string): Promise<boolean> {
  return new Promise((resolve) => {
    void locks.request(lockName(tab), { ifAvailable: true }, (lock) => {
      resolve(lock !== null)
      // Never settles: the lock is let go only when the page goes.
      return lock ? new Promise<void>(() => undefined) : undefined
    })
  })
}

/**
 * This tab's id, kept in sessionStorage across reloads so the tab finds its own draft. A
 * duplicated tab (or `window.open`) inherits the sessionStorage of the tab it came from; the lock
 * each live tab holds on its id tells them apart, and the newcomer takes a fresh id and starts from
 * a copy of the other's work (`copyFrom`).
 */
export async function claimTab(
  env: TabEnvironment = browserTabEnvironment(),
): Promise<{ tab: string; copyFrom: string | null }> {
  let known: string | null = null
  try {
    known = env.session?.getItem(KEY) ?? null
  } catch {
    known = null
  }
  if (known && (!env.locks || (await hold(env.locks, known)))) return { tab: known, copyFrom: null }
  const fresh = crypto.randomUUID()
  try {
    env.session?.setItem(KEY, fresh)
  } catch {
    // Without sessionStorage a reload starts afresh; the drafts of closed tabs are offered back.
  }
  if (env.locks) await hold(env.locks, fresh)
  return { tab: fresh, copyFrom: known }
}

/** The ids of tabs that are open now, or null where the browser cannot tell. */
export async function liveTabs(
  env: TabEnvironment = browserTabEnvironment(),
): Promise<Set<string> | null> {
  if (!env.locks) return null
  const { held = [] } = await env.locks.query()
  const prefix = lockName('')
  return new Set(
    held.flatMap((lock) => (lock.name?.startsWith(prefix) ? [lock.name.slice(prefix.length)] : [])),
  )
}
