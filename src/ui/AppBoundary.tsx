import { Component, type ErrorInfo, type ReactNode } from 'react'
import { uiMessages } from '../i18n/ui'
import { useScenario } from '../state/store'

/**
 * The last guard: if the app as a whole cannot draw, a page that says so and offers a reload,
 * never a blank one. Saved work is in the browser's storage and untouched by a failed drawing.
 */
export class AppBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false }

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(error, info.componentStack)
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children
    // Read outside React's hooks: the tree that would provide them has failed.
    const t = uiMessages[useScenario.getState().lang]
    return (
      <main className="app">
        <p role="alert">{t.boundary.app}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {t.boundary.reload}
        </button>
      </main>
    )
  }
}
