import { Component, type ErrorInfo, type ReactNode } from 'react'
import type { UiMessages } from '../i18n/uiMessages'
import { useText } from './useText'

type Part = keyof UiMessages['boundary']['parts']

function Failed({ part, onRetry }: { part: Part; onRetry: () => void }) {
  const t = useText()
  return (
    <div role="alert" className="notice notice--rule" data-testid={`failed-${part}`}>
      <p>{t.boundary.failed(t.boundary.parts[part])}</p>
      <button type="button" onClick={onRetry}>
        {t.boundary.retry}
      </button>
    </div>
  )
}

/**
 * Keeps an error in one part of the screen in that part: it says so in the user's language, the
 * rest of the app goes on, and "Prøv igjen" draws the part again. No stack trace reaches the user;
 * the error goes to the console for whoever looks.
 */
export class PanelBoundary extends Component<
  { part: Part; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false }

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(error, info.componentStack)
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children
    return <Failed part={this.props.part} onRetry={() => this.setState({ failed: false })} />
  }
}
