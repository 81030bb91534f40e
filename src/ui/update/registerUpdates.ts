import type { RegisterSWOptions } from 'vite-plugin-pwa/types'
import { offerUpdate } from './updateOffer'

type Register = (options: RegisterSWOptions) => (reloadPage?: boolean) => Promise<void>

/**
 * Registers the service worker that keeps the app for use offline. A new version waits: it is
 * offered, and only the tab whose user takes it reloads, never one in the middle of other work.
 */
export function registerUpdates(register: Register): void {
  let taken = false
  let registration: ServiceWorkerRegistration | undefined
  const activate = register({
    onRegisteredSW: (_url, found) => {
      registration = found
    },
    onNeedRefresh: () =>
      offerUpdate(async () => {
        taken = true
        // Another tab may have taken it already: then it is running, and a reload shows it.
        if (registration?.waiting) await activate()
        else window.location.reload()
      }),
    // The new version runs once it controls the page; a tab that did not ask for it keeps going.
    onNeedReload: () => {
      if (taken) window.location.reload()
    },
  })
}
