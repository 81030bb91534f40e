import { act, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { plainText } from '../../src/i18n/numbers'
import { useScenario } from '../../src/state/store'
import { renderApp } from './renderApp'

type Measures = { id: string; drivers: { id: string; inputs: Record<string, string> }[] }[]
const state = () => useScenario.getState()

/** A scenario saved on an own copy of Vestvågøy, which was then changed: D's refund rate 80 % →
 *  90 %, measure V removed. */
async function scenarioOnOlderVersion() {
  const rendered = await renderApp()
  await act(async () => {
    const key = await state().duplicateModel('file:vestvagoy-2014.json', 'Vår kommune')
    state().switchModel(key!)
    state().setMeasure('V', true)
    await state().save('Forslag fra mars', '')
    state().editModel(key!)
    state().changeModel((file) => {
      const measures = file.measures as Measures
      measures.find((m) => m.id === 'D')!.drivers[0]!.inputs.refundRate = '0.9'
      file.measures = measures.filter((m) => m.id !== 'V')
    })
    await state().saveModelEdit()
    state().closeModelEdit()
    state().openModel(state().model!)
  })
  return { ...rendered, saved: state().saved[0]! }
}

describe('a scenario opened on a newer version of its model', () => {
  it('lists what changed in words, and opens on the new version when asked', async () => {
    const { user } = await scenarioOnOlderVersion()
    await user.click(screen.getByRole('button', { name: 'Scenarier' }))
    const row = screen.getByTestId('scenario-Forslag fra mars')
    await user.click(within(row).getByRole('button', { name: 'Åpne' }))
    const dialog = await screen.findByRole('dialog', {
      name: 'Modellen er endret siden scenarioet ble laget',
    })
    const lines = within(dialog)
      .getAllByRole('listitem')
      .map((li) => plainText(li.textContent ?? ''))
    expect(lines).toEqual([
      expect.stringMatching(/^Tiltak V er fjernet: /),
      'Tiltak D: Refusjonssats 80 % → 90 %',
    ])
    // Nothing is counted before the user says so.
    expect(screen.getByTestId('scenario-name').textContent).not.toBe('Forslag fra mars')

    await user.click(within(dialog).getByRole('button', { name: 'Åpne på ny versjon' }))
    expect(screen.queryByRole('dialog', { name: /Modellen er endret/ })).toBeNull()
    expect(screen.getByTestId('scenario-name').textContent).toBe('Forslag fra mars')
    expect(state().doc.selection).not.toContain('V')
  })

  it('changes nothing when the user cancels', async () => {
    const { user, saved } = await scenarioOnOlderVersion()
    const before = state().current
    act(() => void state().open(saved))
    const dialog = await screen.findByRole('dialog', { name: /Modellen er endret/ })
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }))
    expect(screen.queryByRole('dialog', { name: /Modellen er endret/ })).toBeNull()
    expect(state().current).toBe(before)
  })

  it('says the differences cannot be shown when the old version is not kept', async () => {
    const { saved } = await scenarioOnOlderVersion()
    act(() => void state().open({ ...saved, model: { ...saved.model, version: '0.9' } }))
    const dialog = await screen.findByRole('dialog', { name: /Modellen er endret/ })
    expect(dialog.textContent).toContain('«Forslag fra mars» ble laget på versjon 0.9 av modellen.')
    expect(dialog.textContent).toContain('forskjellene kan ikke vises')
    expect(within(dialog).queryByRole('list')).toBeNull()
  })
})
