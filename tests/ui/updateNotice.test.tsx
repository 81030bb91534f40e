import { act, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useScenario } from '../../src/state/store'
import { declineUpdate, offerUpdate } from '../../src/ui/update/updateOffer'
import { UpdateNotice } from '../../src/ui/update/UpdateNotice'
import { renderApp, switchFor } from './renderApp'
import { DisplaySettings } from '../../src/ui/DisplaySettings'

afterEach(() => {
  declineUpdate()
  vi.restoreAllMocks()
})

/** The app with the notice, as main.tsx renders them, and a new version waiting. */
async function appWithUpdate() {
  const app = await renderApp()
  render(<UpdateNotice />, { wrapper: DisplaySettings })
  const steps: string[] = []
  const flushDraft = useScenario.getState().flushDraft
  useScenario.setState({
    flushDraft: async () => {
      const written = await flushDraft()
      steps.push('draft written')
      return written
    },
  })
  // What the worker's update does: the page is replaced, so what is in storage is all that is kept.
  const take = vi.fn(async () => {
    const { repository, tab } = useScenario.getState()
    const kept = await repository?.draft(tab ?? '')
    const h = kept?.draft?.scenario.selection.includes('H')
    steps.push(`update, draft ${h === undefined ? 'missing' : h ? 'with H' : 'without H'}`)
  })
  expect(screen.queryByText('En ny versjon av Omstilling er klar.')).toBeNull()
  act(() => offerUpdate(take))
  const notice = screen.getByRole('region', { name: 'En ny versjon av Omstilling er klar.' })
  return { ...app, notice, take, steps }
}

describe('a new version of the app', () => {
  it('is offered, and “Senere” puts the offer away without taking it', async () => {
    const { user, notice, take } = await appWithUpdate()
    await user.click(within(notice).getByRole('button', { name: 'Senere' }))
    expect(screen.queryByRole('region', { name: /ny versjon/ })).toBeNull()
    expect(take).not.toHaveBeenCalled()
  })

  it('is taken with “Oppdater nå” only after the unsaved change is written', async () => {
    const { notice, take, steps } = await appWithUpdate()
    expect(switchFor('H')).toBeChecked()
    // The click on the offer comes before the change's own write is done.
    act(() => {
      useScenario.getState().setMeasure('H', false)
      within(notice).getByRole('button', { name: 'Oppdater nå' }).click()
    })
    await waitFor(() => expect(take).toHaveBeenCalledTimes(1))
    expect(steps).toEqual(['draft written', 'update, draft without H'])
  })

  it('is not taken while the unsaved change cannot be written, and says so', async () => {
    const { user, notice, take } = await appWithUpdate()
    await user.click(switchFor('H'))
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    await user.click(within(notice).getByRole('button', { name: 'Oppdater nå' }))
    await screen.findByText(/Endringene dine kunne ikke lagres i nettleseren/)
    expect(take).not.toHaveBeenCalled()
  })

  it('can be taken from the keyboard', async () => {
    const { user, take } = await appWithUpdate()
    const now = screen.getByRole('button', { name: 'Oppdater nå' })
    now.focus()
    await user.keyboard('{Enter}')
    await waitFor(() => expect(take).toHaveBeenCalledTimes(1))
  })
})
