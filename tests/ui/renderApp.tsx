import { act, render, screen, waitFor } from '@testing-library/react'
import { IDBFactory } from 'fake-indexeddb'
import { expect } from 'vitest'
import userEvent from '@testing-library/user-event'
import { plainText } from '../../src/i18n/numbers'
import { validateModel } from '../../src/model/load/validateModel'
import type { ModelFileEntry } from '../../src/state/bundledFiles'
import { useScenario } from '../../src/state/store'
import { App } from '../../src/ui/App'
import { DisplaySettings } from '../../src/ui/DisplaySettings'
import { minimalModel } from '../builders/modelJson'

/**
 * The app on the Vestvågøy model (or on the model files given), fresh for each test, with helpers
 * that read figures as text.
 */
export async function renderApp(entries?: readonly ModelFileEntry[]) {
  // A fresh browser for each test: empty storage, a new tab.
  globalThis.indexedDB = new IDBFactory()
  sessionStorage.clear()
  useScenario.setState(useScenario.getInitialState(), true)

  const user = userEvent.setup()
  render(<DisplaySettings>{entries ? <App entries={entries} /> : <App />}</DisplaySettings>)
  await screen.findByRole('heading', { level: 1 })
  // Storage is connected once the list of saved scenarios has been read, and the screen takes
  // changes once this tab's unsaved work has been read back.
  await waitFor(() => {
    expect(useScenario.getState().repository).not.toBeNull()
    expect(useScenario.getState().restoring).toBe(false)
  })
  // The charts and tables under the headline come once the first screen is painted.
  await painted()
  return { user }
}

/** Text of an element found by test id, with Norwegian spaces and minus signs made plain. */
export const figure = (testId: string) => plainText(screen.getByTestId(testId).textContent ?? '')

/**
 * Lets the frame of a change be painted: the tables and charts that follow the headline render
 * after it, as they do in the browser.
 */
export const painted = () =>
  act(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve))))

export const switchFor = (id: string) =>
  screen.getByRole('switch', { name: new RegExp(`^Velg tiltak ${id}:`) })

/** Waits for the model editor, which loads when first opened (slowly, the first time in a run). */
export const editorShown = () => screen.findByTestId('model-status', {}, { timeout: 15_000 })

/** The app on a small test model (by default the minimal one): quicker to draw than Vestvågøy. */
export function renderTestModel(json: Record<string, unknown> = minimalModel()) {
  const load = validateModel(json)
  expect(load.ok).toBe(true)
  return renderApp([{ name: 'test.json', load, parsed: json }])
}

/** Opens the test model in the model editor. */
export async function openTestModelEditor() {
  act(() => useScenario.getState().editModel('file:test.json'))
  await editorShown()
  await screen.findByRole('heading', { name: 'Tiltak A' })
}

/** The app with a small test model open in the model editor. */
export async function editTestModel(json?: Record<string, unknown>) {
  const app = await renderTestModel(json)
  await openTestModelEditor()
  return app
}

/** The app with a new model open in the editor (a blank model made on 1 January 2026). */
export async function editBlankModel() {
  const app = await renderApp()
  act(() => useScenario.getState().newModel(new Date(2026, 0, 1)))
  await editorShown()
  await screen.findByRole('heading', { name: 'Rediger modell: Ny modell' })
  return app
}
