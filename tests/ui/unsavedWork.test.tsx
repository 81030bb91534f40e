import { act, render, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { useScenario } from '../../src/state/store'
import { DisplaySettings } from '../../src/ui/DisplaySettings'
import { PanelBoundary } from '../../src/ui/PanelBoundary'
import { scenarioOf } from '../builders/scenario'
import { figure, renderApp, switchFor } from './renderApp'

type User = Awaited<ReturnType<typeof renderApp>>['user']

async function saveAs(user: User, name: string) {
  await user.click(screen.getByRole('button', { name: 'Lagre' }))
  const dialog = screen.getByRole('dialog', { name: 'Lagre scenario' })
  await user.type(within(dialog).getByLabelText('Navn'), name)
  await user.click(within(dialog).getByRole('button', { name: 'Lagre' }))
  await waitFor(() => expect(figure('scenario-status')).toBe('Lagret'))
}

async function openSaved(user: User, name: string) {
  await user.click(screen.getByRole('button', { name: 'Scenarier' }))
  await user.click(
    within(screen.getByTestId(`scenario-${name}`)).getByRole('button', { name: 'Åpne' }),
  )
}

describe('while this tab’s unsaved work is read back', () => {
  it('holds the switches, so no change is made that the work would replace or that goes unwritten', async () => {
    const { user } = await renderApp()
    act(() => useScenario.setState({ restoring: true }))
    expect(switchFor('H')).toBeDisabled()
    await user.click(switchFor('H'))
    expect(switchFor('H')).toBeChecked()
    act(() => useScenario.setState({ restoring: false }))
    await user.click(switchFor('H'))
    expect(switchFor('H')).not.toBeChecked()
  })
})

describe('opening a scenario over unsaved work', () => {
  it('asks first; cancel keeps the work and its undo history, discard opens the other', async () => {
    const { user } = await renderApp()
    await saveAs(user, 'Første')
    await user.click(switchFor('H'))
    await openSaved(user, 'Første')

    const question = screen.getByRole('dialog', { name: 'Ulagrede endringer' })
    expect(question).toHaveTextContent('«Første» har endringer som ikke er lagret.')
    await user.click(within(question).getByRole('button', { name: 'Avbryt' }))
    expect(switchFor('H')).not.toBeChecked()
    expect(screen.getByRole('button', { name: /Angre/ })).toBeEnabled()

    await openSaved(user, 'Første')
    await user.click(screen.getByRole('button', { name: 'Forkast endringene' }))
    await waitFor(() => expect(switchFor('H')).toBeChecked())
    expect(figure('scenario-status')).toBe('Lagret')
    expect(screen.getByRole('button', { name: /Angre/ })).toBeDisabled()
  })

  it('saves unsaved work that has no name under a name asked for, then opens', async () => {
    const { user } = await renderApp()
    await saveAs(user, 'Lagret før')
    // Start something new and unnamed, and change it.
    useScenario.getState().openModel(useScenario.getState().model!)
    await user.click(switchFor('K'))
    await openSaved(user, 'Lagret før')
    await user.click(screen.getByRole('button', { name: 'Lagre endringene' }))
    const naming = screen.getByRole('dialog', { name: 'Lagre scenario' })
    await user.type(within(naming).getByLabelText('Navn'), 'Uten K')
    await user.click(within(naming).getByRole('button', { name: 'Lagre' }))
    await waitFor(() => expect(figure('scenario-name')).toBe('Lagret før'))
    expect(useScenario.getState().saved.find((s) => s.name === 'Uten K')?.selection).not.toContain(
      'K',
    )
  })
})

describe('importing', () => {
  const upload = async (user: User, name: string, content: string) => {
    const input = screen.getByLabelText('Importer scenario')
    await user.upload(input, new File([content], name, { type: 'application/json' }))
  }

  it('says what a file would lose before saving it, and saves only when told', async () => {
    const { user } = await renderApp()
    await user.click(screen.getByRole('button', { name: 'Scenarier' }))
    await upload(
      user,
      'gammel.json',
      JSON.stringify(scenarioOf({ name: 'Gammel', selection: ['A', 'Z'], overrides: {} })),
    )
    const result = await screen.findByTestId('import-result')
    await waitFor(() =>
      expect(result).toHaveTextContent('kan importeres, men ikke helt som i filen'),
    )
    expect(result).toHaveTextContent('Z')
    expect(useScenario.getState().saved).toEqual([])
    await user.click(within(result).getByRole('button', { name: 'Importer likevel' }))
    await waitFor(() => expect(useScenario.getState().saved.map((s) => s.name)).toEqual(['Gammel']))
    expect(result).toHaveTextContent('«Gammel» er importert.')
  })

  it('refuses a file that is not UTF-8, saying where, and reads one with a byte-order mark', async () => {
    const { user } = await renderApp()
    await user.click(screen.getByRole('button', { name: 'Scenarier' }))
    // Saved as Latin-1: Ø is one byte, 0xD8, which UTF-8 cannot start a character with.
    const text = JSON.stringify(scenarioOf({ name: 'Øst' }))
    const bytes = Uint8Array.from(Array.from(text, (char) => char.charCodeAt(0)))
    await user.upload(
      screen.getByLabelText('Importer scenario'),
      new File([bytes], 'latin1.json', { type: 'application/json' }),
    )
    const result = await screen.findByTestId('import-result')
    await waitFor(() => expect(result).toHaveTextContent('ikke lagret som UTF-8'))
    expect(result).toHaveTextContent('linje 1')
    await upload(user, 'bom.json', `\ufeff${JSON.stringify(scenarioOf({ name: 'Med BOM' }))}`)
    await waitFor(() => expect(result).toHaveTextContent('«Med BOM» er importert.'))
  })

  it('takes the previous file’s message away when another file is chosen', async () => {
    const { user } = await renderApp()
    await user.click(screen.getByRole('button', { name: 'Scenarier' }))
    await upload(user, 'tull.json', 'tull')
    const result = await screen.findByTestId('import-result')
    await waitFor(() => expect(result).toHaveTextContent('«tull.json» kan ikke importeres'))
    await upload(user, 'god.json', JSON.stringify(scenarioOf({ name: 'God' })))
    await waitFor(() => expect(result).toHaveTextContent('«God» er importert.'))
    expect(result).not.toHaveTextContent('tull.json')
  })
})

describe('names', () => {
  it('drops hidden characters that would make a name read as something else', async () => {
    const { user } = await renderApp()
    await user.click(screen.getByRole('button', { name: 'Lagre' }))
    const dialog = screen.getByRole('dialog', { name: 'Lagre scenario' })
    await user.click(within(dialog).getByLabelText('Navn'))
    await user.paste('Kutt\u202E 5 mill.')
    await user.click(within(dialog).getByRole('button', { name: 'Lagre' }))
    await waitFor(() => expect(figure('scenario-name')).toBe('Kutt 5 mill.'))
  })
})

describe('a part that fails to draw', () => {
  function Broken(): never {
    throw new Error('feil i delen')
  }

  it('says so in words where it was, keeps the rest, and draws it again on request', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    let broken = true
    function Maybe() {
      return broken ? <Broken /> : <p>Tegnet</p>
    }
    const { user } = await renderApp()
    render(
      <>
        <PanelBoundary part="results">
          <Maybe />
        </PanelBoundary>
        <p>Resten</p>
      </>,
      { wrapper: DisplaySettings },
    )
    const alert = screen.getByTestId('failed-results')
    expect(alert).toHaveTextContent(
      'Denne delen av resultatene kan ikke vises på grunn av en feil. Resten av appen virker',
    )
    expect(alert).not.toHaveTextContent('feil i delen')
    expect(screen.getByText('Resten')).toBeInTheDocument()
    broken = false
    await user.click(within(alert).getByRole('button', { name: 'Prøv igjen' }))
    expect(screen.getByText('Tegnet')).toBeInTheDocument()
  })
})
