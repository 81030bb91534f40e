import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { plainText } from '../../src/i18n/numbers'
import { useScenario } from '../../src/state/store'
import { App } from '../../src/ui/App'

/** The app on the Vestvågøy model, fresh for each test, with helpers that read figures as text. */
export async function renderApp() {
  useScenario.setState({
    model: null,
    doc: { selection: [], overrides: {} },
    history: { past: [], future: [] },
    notice: null,
    lang: 'nb',
    unit: 'mill',
    year: null,
    filter: 'all',
    search: '',
    expanded: [],
  })
  const user = userEvent.setup()
  render(<App />)
  await screen.findByRole('heading', { level: 1 })
  return { user }
}

/** Text of an element found by test id, with Norwegian spaces and minus signs made plain. */
export const figure = (testId: string) => plainText(screen.getByTestId(testId).textContent ?? '')

export const switchFor = (id: string) =>
  screen.getByRole('switch', { name: new RegExp(`^Velg tiltak ${id}:`) })
