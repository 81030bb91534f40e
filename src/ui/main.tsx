import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { modelFiles, publishedFiles } from '../state/bundledFiles'
import { useScenario } from '../state/store'
import { App } from './App'
import { AppBoundary } from './AppBoundary'
import { DisplaySettings } from './DisplaySettings'
import { registerUpdates } from './update/registerUpdates'
import { UpdateNotice } from './update/UpdateNotice'
import { restoredWithin, startApp } from './useStartup'
import './styles.css'

// Storage answers within a few tens of milliseconds when nothing else runs; one that is slower (a
// busy disk) does not hold the first screen longer than this: its switches wait for it instead.
const FIRST_RENDER_WAIT_MS = 250

// Only the built app keeps itself for offline use: the dev server's files change with every edit.
// Its first install fetches and stores every file of the build, so it waits until the screen takes
// clicks: this tab's work read back, and the first screen painted.
function keepForOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  let registered = false
  const register = () => {
    if (registered) return
    registered = true
    stopWaiting()
    void import('virtual:pwa-register').then(({ registerSW }) => registerUpdates(registerSW))
  }
  const stopWaiting = useScenario.subscribe((state) => {
    if (!state.restoring) register()
  })
  if (!useScenario.getState().restoring) register()
  // A page that never reads storage (no model loads) is still kept for offline use.
  setTimeout(register, 5000)
}

// A task queued from an animation frame runs once that frame has been painted.
const afterFirstPaint = (then: () => void) => requestAnimationFrame(() => setTimeout(then))

const root = document.getElementById('root')
if (root) {
  // Before the first render, so that it is the usable editor, with this tab's work read back.
  startApp(modelFiles, publishedFiles)
  void restoredWithin(FIRST_RENDER_WAIT_MS).then(() => {
    createRoot(root).render(
      <StrictMode>
        <AppBoundary>
          <DisplaySettings>
            <UpdateNotice />
            <App />
          </DisplaySettings>
        </AppBoundary>
      </StrictMode>,
    )
    afterFirstPaint(keepForOffline)
  })
} else {
  // A page that never renders the app is still kept for offline use.
  keepForOffline()
}
