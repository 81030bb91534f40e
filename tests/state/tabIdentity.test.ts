import { afterEach, describe, expect, it, vi } from 'vitest'
import { browserTabEnvironment, claimTab, liveTabs } from '../../src/state/tabIdentity'
import { fakeBrowser } from '../builders/tabs'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

afterEach(() => vi.unstubAllGlobals())

describe('which tab this is', () => {
  it('gives a new tab an id of its own, kept for its reloads', async () => {
    const browser = fakeBrowser()
    const env = browser.tabEnv()
    const claimed = await claimTab(env)
    expect(claimed.tab).toMatch(UUID)
    expect(claimed.copyFrom).toBeNull()
    expect(env.session.items.get('omstilling.tab')).toBe(claimed.tab)
    expect(await liveTabs(env)).toEqual(new Set([claimed.tab]))
  })

  it('gives a duplicated tab a fresh id at once, starting from the other tab’s work', async () => {
    const browser = fakeBrowser()
    const original = browser.tabEnv()
    const first = await claimTab(original)
    const copy = browser.tabEnv(browser.session(original.session.items))
    const second = await claimTab(copy)
    expect(second.tab).toMatch(UUID)
    expect(second.copyFrom).toBe(first.tab)
    expect(second.tab).not.toBe(first.tab)
    expect(copy.session.items.get('omstilling.tab')).toBe(second.tab)
    expect(original.session.items.get('omstilling.tab')).toBe(first.tab)
    expect(await liveTabs(copy)).toEqual(new Set([first.tab, second.tab]))
  }, 5_000)

  it('starts afresh each time where the browser keeps no session and has no locks', async () => {
    const env = { session: null, locks: null }
    const first = await claimTab(env)
    const second = await claimTab(env)
    expect(first.tab).toMatch(UUID)
    expect(first.copyFrom).toBeNull()
    expect(second.tab).not.toBe(first.tab)
    expect(await liveTabs(env)).toBeNull()
  })

  it('starts afresh, without failing, where sessionStorage refuses to be used', async () => {
    const refusing = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError')
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError')
      },
    }
    const claimed = await claimTab({ session: refusing, locks: null })
    expect(claimed.tab).toMatch(UUID)
    expect(claimed.copyFrom).toBeNull()
  })

  it('counts as open only this app’s tabs, not other locks the site holds', async () => {
    const browser = fakeBrowser()
    const env = browser.tabEnv()
    const { tab } = await claimTab(env)
    void env.locks!.request('another-lock', {}, () => new Promise<void>(() => undefined))
    expect(await liveTabs(env)).toEqual(new Set([tab]))
    browser.leave(tab)
    expect(await liveTabs(env)).toEqual(new Set())
  })

  it('passes over a held lock the browser gives without a name', async () => {
    const locks = {
      query: () =>
        Promise.resolve({ held: [{ mode: 'exclusive' }, { name: 'omstilling.tab.t1' }] }),
    } as unknown as LockManager
    expect(await liveTabs({ session: null, locks })).toEqual(new Set(['t1']))
  })
})

describe('the browser a tab runs in', () => {
  it('has neither sessionStorage nor locks where there are none', () => {
    expect(browserTabEnvironment()).toEqual({ session: null, locks: null })
  })

  it('uses the browser’s sessionStorage and locks where there are', () => {
    const session = { getItem: () => null, setItem: () => undefined }
    const locks = fakeBrowser().tabEnv().locks
    vi.stubGlobal('sessionStorage', session)
    vi.stubGlobal('navigator', { locks })
    expect(browserTabEnvironment()).toEqual({ session, locks })
  })

  it('goes without sessionStorage where touching it throws (storage blocked)', () => {
    Object.defineProperty(globalThis, 'sessionStorage', {
      configurable: true,
      get: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError')
      },
    })
    try {
      expect(browserTabEnvironment().session).toBeNull()
    } finally {
      Reflect.deleteProperty(globalThis, 'sessionStorage')
    }
  })
})
