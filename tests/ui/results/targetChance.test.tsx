import { act, screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { plainText } from '../../../src/i18n/numbers'
import { useScenario } from '../../../src/state/store'
import type { ChanceRequest } from '../../../src/state/uncertainty/chanceRequest'
import { figure, renderApp, switchFor } from '../renderApp'

// jsdom has no workers: this one answers as the app's worker does, with its own code, a task
// later. It notes each request, to show what crosses to the worker and when.
const requests = vi.hoisted(() => {
  const seen: { model: boolean; selection: readonly string[] }[] = []
  class AnsweringWorker {
    onmessage: ((event: { data: unknown }) => void) | null = null
    onerror: (() => void) | null = null
    private answer: Promise<(request: ChanceRequest) => unknown> =
      import('../../../src/state/uncertainty/chanceRequest').then(({ chanceAnswerer }) =>
        chanceAnswerer(),
      )
    postMessage(request: ChanceRequest) {
      seen.push({ model: request.model !== undefined, selection: request.selection })
      // A request for a selection named "broken" makes the worker fail, as a worker can.
      if (request.selection.includes('broken')) {
        setTimeout(() => this.onerror?.())
        return
      }
      void this.answer.then((answer) =>
        setTimeout(() => this.onmessage?.({ data: answer(request) })),
      )
    }
  }
  globalThis.Worker = AnsweringWorker as unknown as typeof Worker
  return seen
})

const summary = () => plainText(screen.getByTestId('chance-summary').textContent ?? '')

describe('how sure the saving is, on screen', () => {
  it('says in plain words how likely the target is, with the figures and the method behind it', async () => {
    await renderApp()
    // The same seed and draws as `npm run evaluate -- --uncertainty`: the same figures.
    await waitFor(
      () =>
        expect(summary()).toBe(
          'Målet nås varig med 14 % sannsynlighet; det meste av usikkerheten ligger i N, I og D.',
        ),
      { timeout: 20_000 },
    )
    expect(plainText(screen.getByTestId('chance-2015').textContent ?? '')).toBe('70,2 %')
    expect(plainText(screen.getByTestId('chance-Varig').textContent ?? '')).toBe('14,1 %')
    expect(screen.getByText(/Anslått ved simulering: 100 000 trekk med frø 1\./)).toBeVisible()
    expect(screen.getByRole('figure', { name: 'Hvor usikkerheten ligger' })).toBeVisible()
  })

  it('keeps a switch instant: the headline follows at once, the chance once the worker answers', async () => {
    const { user } = await renderApp()
    await waitFor(() => expect(summary()).toContain('14 %'), { timeout: 20_000 })
    const asked = requests.length
    const headline = figure('headline-year-saving')
    await user.click(switchFor('H'))
    // The headline has changed; the chance has not yet, and says it is being worked out.
    expect(figure('headline-year-saving')).not.toBe(headline)
    expect(summary()).toContain('14 %')
    expect(screen.getByText('Regner ut for endringen …')).toBeVisible()
    await waitFor(() => expect(summary()).not.toContain('14 %'), { timeout: 20_000 })
    expect(screen.queryByText('Regner ut for endringen …')).toBeNull()
    // One request for the switch, with the selection only: the worker holds the model already.
    expect(requests.slice(asked)).toEqual([
      { model: false, selection: expect.not.arrayContaining(['H']) as unknown },
    ])
  })

  it('says so when the worker fails, rather than working it out for ever', async () => {
    await renderApp()
    await waitFor(() => expect(summary()).toContain('%'), { timeout: 20_000 })
    act(() => useScenario.getState().setMeasure('broken', true))
    await waitFor(
      () =>
        expect(
          screen.getByText('Denne nettleseren kan ikke regne ut sannsynligheten i bakgrunnen.'),
        ).toBeVisible(),
      { timeout: 20_000 },
    )
  })
})
