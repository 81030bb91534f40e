import { act, fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useScenario } from '../../src/state/store'
import {
  editorShown,
  editTestModel,
  openTestModelEditor,
  renderApp,
  renderTestModel,
  switchFor,
} from './renderApp'

describe('the model editor’s frame', () => {
  it('takes the place of the scenario editor, and Ctrl+Z undoes its edits, not the scenario’s', async () => {
    const { user } = await renderTestModel()
    await user.click(switchFor('A'))
    const selection = useScenario.getState().doc.selection
    await openTestModelEditor()
    expect(screen.queryByRole('switch', { name: /^Velg tiltak A:/ })).toBeNull()
    act(() => useScenario.getState().changeModel((file) => void (file.title = 'Ny tittel')))
    expect(screen.getByRole('heading', { level: 1, name: /Ny tittel/ })).toBeInTheDocument()
    expect(screen.getByTestId('model-status')).toHaveTextContent('Ikke lagret')
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true })
    expect(screen.queryByRole('heading', { level: 1, name: /Ny tittel/ })).toBeNull()
    expect(useScenario.getState().doc.selection).toBe(selection)
    fireEvent.keyDown(window, { key: 'y', ctrlKey: true })
    expect(screen.getByRole('heading', { level: 1, name: /Ny tittel/ })).toBeInTheDocument()
  })

  it('lists what is wrong in words, each linked to its field', async () => {
    await renderApp()
    act(() => useScenario.getState().newModel(new Date('2026-11-24T12:00:00Z')))
    await editorShown()
    const problems = screen.getByRole('region', { name: /feil må rettes/ })
    const link = within(problems).getAllByRole('link')[0]!
    expect(link).toHaveAttribute('href', '#mf-measures')
    expect(link.textContent).not.toMatch(/measures\[|\.measures/)
  })

  it('asks before unsaved edits are thrown away on leaving, and keeps them on “keep editing”', async () => {
    const { user } = await editTestModel()
    act(() => useScenario.getState().changeModel((file) => void (file.title = 'Ny tittel')))
    await user.click(screen.getByRole('button', { name: 'Lukk redigeringen' }))
    const dialog = screen.getByRole('dialog', { name: 'Lukk redigeringen' })
    await user.click(within(dialog).getByRole('button', { name: 'Fortsett å redigere' }))
    expect(useScenario.getState().modelEdit?.file.title).toBe('Ny tittel')
    await user.click(screen.getByRole('button', { name: 'Lukk redigeringen' }))
    await user.click(screen.getByRole('button', { name: 'Forkast endringene' }))
    expect(useScenario.getState().modelEdit).toBeNull()
    expect(switchFor('A')).toBeInTheDocument()
  })
})
