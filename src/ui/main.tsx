import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { AppBoundary } from './AppBoundary'
import { registerUpdates } from './update/registerUpdates'
import { UpdateNotice } from './update/UpdateNotice'
import './styles.css'

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <AppBoundary>
        <UpdateNotice />
        <App />
      </AppBoundary>
    </StrictMode>,
  )
}

// Only the built app keeps itself for offline use: the dev server's files change with every edit.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  void import('virtual:pwa-register').then(({ registerSW }) => registerUpdates(registerSW))
}
