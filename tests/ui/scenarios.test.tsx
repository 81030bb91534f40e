import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useScenario } from '../../src/state/store'
import { figure, renderApp, switchFor } from './renderApp'

const HOSTILE = '<img src=x onerror=alert(1)>'

async function saveAs(
  user: Awaited<ReturnType<typeof renderApp>>['user'],
  name: string,
  note = '',
) {
  await user.click(screen.getByRole('button', { name: 'Lagre' }))
  const dialog = screen.getByRole('dialog', { name: 'Lagre scenario' })
  await user.type(within(dialog).getByLabelText('Navn'), name)
  if (note) await user.type(within(dialog).getByLabelText('Notat'), note)
  await user.click(within(dialog).getByRole('button', { name: 'Lagre' }))
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
}

describe('saving scenarios in the interface', () => {
  it('saves under a name, says so, and marks later changes as unsaved', async () => {
    const { user } = await renderApp()
    // The name and the status do not say the same thing twice.
    expect(figure('scenario-name')).toBe('Nytt scenario')
    expect(figure('scenario-status')).toBe('Ikke lagret')
    await saveAs(user, 'Arbeidsgruppas forslag', 'Fra møtet 12.11.')
    expect(figure('scenario-name')).toBe('Arbeidsgruppas forslag')
    expect(figure('scenario-status')).toBe('Lagret')
    await user.click(switchFor('H'))
    expect(figure('scenario-status')).toBe('Ulagrede endringer')
    await user.click(screen.getByRole('button', { name: 'Lagre' }))
    await waitFor(() => expect(useScenario.getState().saved[0]?.rev).toBe(2))
    expect(figure('scenario-status')).toBe('Lagret')
  })

  it('says nothing is wrong before anything is typed, then refuses an empty name and says why', async () => {
    const { user } = await renderApp()
    await user.click(screen.getByRole('button', { name: 'Lagre' }))
    const dialog = screen.getByRole('dialog', { name: 'Lagre scenario' })
    expect(within(dialog).queryByText('Scenarioet må ha et navn.')).toBeNull()
    expect(within(dialog).getByLabelText('Navn')).toHaveAttribute('aria-invalid', 'false')
    await user.click(within(dialog).getByRole('button', { name: 'Lagre' }))
    expect(within(dialog).getByText('Scenarioet må ha et navn.')).toBeInTheDocument()
    expect(within(dialog).getByLabelText('Navn')).toHaveAttribute('aria-invalid', 'true')
    expect(useScenario.getState().saved).toEqual([])
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('shows a name like HTML as text everywhere', async () => {
    const { user } = await renderApp()
    await saveAs(user, HOSTILE, HOSTILE)
    expect(figure('scenario-name')).toBe(HOSTILE)
    await user.click(screen.getByRole('button', { name: 'Scenarier' }))
    const dialog = screen.getByRole('dialog', { name: 'Scenarier' })
    expect(within(dialog).getAllByText(HOSTILE)).toHaveLength(2)
    expect(document.querySelector('img')).toBeNull()
  })

  it('deletes a scenario and brings it back', async () => {
    const { user } = await renderApp()
    await saveAs(user, 'Slettes')
    await user.click(screen.getByRole('button', { name: 'Scenarier' }))
    const row = screen.getByTestId('scenario-Slettes')
    await user.click(within(row).getByRole('button', { name: 'Slett' }))
    await waitFor(() => expect(screen.queryByTestId('scenario-Slettes')).toBeNull())
    await user.click(screen.getByRole('button', { name: 'Lukk' }))
    await user.click(
      within(screen.getByTestId('removed')).getByRole('button', { name: 'Angre sletting' }),
    )
    await waitFor(() =>
      expect(useScenario.getState().saved.map((s) => s.name)).toEqual(['Slettes']),
    )
  })

  it('compares two scenarios and highlights where they differ', async () => {
    const { user } = await renderApp()
    await saveAs(user, 'Anbefaling')
    await user.click(switchFor('B2'))
    await user.click(screen.getByRole('button', { name: 'Lagre som nytt' }))
    const dialog = screen.getByRole('dialog', { name: 'Lagre scenario' })
    await user.clear(within(dialog).getByLabelText('Navn'))
    await user.type(within(dialog).getByLabelText('Navn'), 'Med B2')
    await user.click(within(dialog).getByRole('button', { name: 'Lagre' }))
    await waitFor(() => expect(useScenario.getState().saved).toHaveLength(2))
    await user.click(screen.getByRole('button', { name: 'Scenarier' }))
    await user.click(screen.getByRole('checkbox', { name: 'Velg «Anbefaling» for sammenligning' }))
    await user.click(screen.getByRole('checkbox', { name: 'Velg «Med B2» for sammenligning' }))
    await user.click(screen.getByRole('button', { name: 'Sammenlign valgte (2)' }))
    expect(screen.getByRole('heading', { name: 'Sammenligning av scenarier' })).toBeInTheDocument()
    expect(screen.getByTestId('compare-lasting')).toHaveClass('differs')
    expect(screen.getByTestId('compare-measure-A')).not.toHaveClass('differs')
    expect(screen.getByTestId('compare-measure-B2')).toHaveClass('differs')
    expect(figure('compare-lasting')).toContain('6,30')
    expect(figure('compare-lasting')).toContain('6,60')
    const chart = within(screen.getByTestId('chart-compare'))
    expect(chart.getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'År',
      'Anbefaling',
      'Med B2',
    ])
    expect(chart.getByRole('row', { name: /^Varig/ })).toHaveTextContent('Varig6,306,60')
  })
})

describe('importing a file', () => {
  it('says why a file cannot be imported, and changes nothing', async () => {
    const { user } = await renderApp()
    await user.click(screen.getByRole('button', { name: 'Scenarier' }))
    const file = new File(
      ['{"format": "omstilling.scenario", "schemaVersion": 99}'],
      'fra-fremtiden.json',
      {
        type: 'application/json',
      },
    )
    await user.upload(screen.getByLabelText('Importer scenario'), file)
    expect(await screen.findByText('«fra-fremtiden.json» kan ikke importeres:')).toBeInTheDocument()
    expect(
      screen.getByText(/laget med en nyere versjon av Omstilling \(schemaVersion 99\)/),
    ).toBeInTheDocument()
    expect(useScenario.getState().saved).toEqual([])
  })
})
