import { screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { loadModel } from '../../src/model/load/validateModel'
import vestvagoyText from '../../scenarios/vestvagoy-2014.json?raw'
import type { Json } from '../builders/model'
import { BUILT_IN_NAMES, builtInRenaming, ID_KINDS, renameIds } from '../builders/renameIds'
import { figure, painted, renderApp, switchFor } from './renderApp'

afterEach(() => vi.restoreAllMocks())

describe('a model whose ids are constructor, toString…', () => {
  it('opens, switches a measure and shows its assumptions without an error', async () => {
    const json = JSON.parse(vestvagoyText) as Json
    const names = Object.fromEntries(ID_KINDS.map((kind) => [kind, BUILT_IN_NAMES]))
    const { rename } = builtInRenaming(json, names)
    const errors = vi.spyOn(console, 'error')
    const { user } = await renderApp([
      {
        name: 'renamed.json',
        load: loadModel(JSON.stringify(renameIds(json, rename))),
        parsed: renameIds(json, rename),
      },
    ])

    // A is now "constructor", on the theme "constructor"; the figures are Vestvågøy's.
    expect(figure('headline-year-saving')).toBe('6,70 mill. kr')
    await user.click(switchFor('constructor'))
    expect(switchFor('constructor')).not.toBeChecked()
    expect(figure('headline-year-saving')).toBe('5,95 mill. kr')
    await user.click(switchFor('constructor'))
    expect(figure('headline-year-saving')).toBe('6,70 mill. kr')

    await user.click(
      screen.getByRole('button', { name: 'Vis detaljer og antakelser for tiltak constructor' }),
    )
    const details = screen.getByTestId('measure-constructor')
    const cost = within(details).getByRole('textbox', { name: 'Kostnad per årsverk' })
    await user.clear(cost)
    await user.type(cost, '800 000')
    expect(figure('headline-year-saving')).toBe('6,75 mill. kr')
    expect(errors).not.toHaveBeenCalled()
  })
})

describe('assumptions typed out of all proportion', () => {
  it('shows no shares, rather than failing, when the staff-years typed leave a partner below zero', async () => {
    const errors = vi.spyOn(console, 'error')
    const { user } = await renderApp()
    await user.click(
      screen.getByRole('button', { name: 'Vis detaljer og antakelser for tiltak A' }),
    )
    const change = within(screen.getByTestId('measure-A')).getByRole('textbox', {
      name: /^Endring i årsverk/,
    })
    await user.clear(change)
    await user.type(change, '-100')
    await painted()
    expect(figure('split-managerPay-vestvagoy')).toBe('–')
    expect(figure('split-managerPay-flakstad')).toBe('–')
    expect(errors).not.toHaveBeenCalled()
  })
})
