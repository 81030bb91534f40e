import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useScenario } from '../../src/state/store'
import { fieldId } from '../../src/ui/modelEditor/fieldId'
import { editBlankModel, figure } from './renderApp'

type User = Awaited<ReturnType<typeof editBlankModel>>['user']
type Item = Record<string, unknown>

/** Puts text into a field as one change (pasted), which is quicker than typing it key by key. */
async function fill(user: User, field: HTMLElement, text: string) {
  await user.clear(field)
  await user.click(field)
  await user.paste(text)
}
const households = () => useScenario.getState().modelEdit?.file.households as Item[] | undefined
const budget = () => screen.getByRole('table', { name: /^Månedsbudsjett for/ })
const problemList = () => screen.getByRole('region', { name: /feil må rettes/ })

/** Adds a household «Enslig» with the regimes «sos» (Sosialhjelp) and «intro». */
async function addHousehold(user: User) {
  await user.click(screen.getByRole('button', { name: 'Legg til husholdning' }))
  await fill(user, screen.getByRole('textbox', { name: 'Tittel' }), 'Enslig')
  const regimeId = (row: number) =>
    screen.getByRole('textbox', { name: `Ordninger i Enslig, rad ${row}, Id` })
  await fill(user, regimeId(1), 'sos')
  await fill(
    user,
    screen.getByRole('textbox', { name: 'Ordninger i Enslig, rad 1, Ordningens navn' }),
    'Sosialhjelp',
  )
  await user.click(screen.getByRole('button', { name: 'Legg til ordning' }))
  await fill(user, regimeId(2), 'intro')
  await user.tab()
}

describe('the household cases editor', () => {
  it('builds a household’s budget per regime and works out its disposable income', async () => {
    const { user } = await editBlankModel()
    await addHousehold(user)
    await fill(
      user,
      screen.getByRole('textbox', { name: 'Månedsbudsjett for Enslig (kr), rad 1, Linje' }),
      'Stønad',
    )
    await fill(
      user,
      screen.getByRole('textbox', { name: 'Stønad under Sosialhjelp (kr per måned)' }),
      '6 180',
    )
    await fill(
      user,
      screen.getByRole('textbox', { name: 'Stønad under intro (kr per måned)' }),
      '14 728',
    )
    await user.click(screen.getByRole('button', { name: 'Legg til skattelinje' }))
    const tax = screen.getByRole('group', { name: 'Skattelinje Skattetrekk' })
    const rate = within(tax).getByRole('textbox', { name: 'Skattesats' })
    await fill(user, rate, '20')
    // Tax on the benefit only under the introduction regime.
    await user.click(
      within(within(tax).getByRole('group', { name: 'Gjelder ordningene' })).getByRole('checkbox', {
        name: 'Sosialhjelp',
      }),
    )
    await fill(
      user,
      screen.getByRole('textbox', { name: 'Disponibelt ifølge rapporten under intro (kr)' }),
      '11 783',
    )
    await user.tab()

    expect(figure('disposable-0-sos')).toBe('6 180')
    expect(figure('disposable-0-intro')).toBe('11 782,4')
    expect(within(budget()).getByText('−2 945,6')).toBeInTheDocument()
    expect(households()).toEqual([
      {
        id: 'husholdning1',
        title: 'Enslig',
        regimes: [
          { id: 'sos', label: 'Sosialhjelp' },
          { id: 'intro', label: '' },
        ],
        lines: [
          {
            kind: 'amount',
            id: 'linje1',
            label: 'Stønad',
            amounts: { sos: '6180', intro: '14728' },
          },
          {
            kind: 'tax',
            id: 'skatt1',
            label: 'Skattetrekk',
            rate: '0.2',
            base: ['linje1'],
            regimes: ['intro'],
          },
        ],
        reportedDisposable: { intro: '11783' },
      },
    ])
  })

  it('moves the amounts to a regime’s new id in one undoable step, and drops them with it', async () => {
    const { user } = await editBlankModel()
    await addHousehold(user)
    await fill(
      user,
      screen.getByRole('textbox', { name: 'linje1 under intro (kr per måned)' }),
      '100',
    )
    await user.tab()
    const id = screen.getByRole('textbox', { name: 'Ordninger i Enslig, rad 2, Id' })
    await fill(user, id, 'introduksjon')
    await user.tab()
    const amounts = () => ((households()?.[0]?.lines as Item[])[0] as Item).amounts
    expect(amounts()).toEqual({ introduksjon: '100' })
    expect(
      screen.getByRole('textbox', { name: 'linje1 under introduksjon (kr per måned)' }),
    ).toHaveValue('100')

    await user.click(screen.getByRole('button', { name: 'Angre' }))
    expect(amounts()).toEqual({ intro: '100' })

    await user.click(screen.getByRole('button', { name: 'Fjern ordningen intro' }))
    expect(amounts()).toEqual({})
  })

  it('names a bad amount in words in the problems, linked to its cell', async () => {
    const { user } = await editBlankModel()
    await addHousehold(user)
    const cell = screen.getByRole('textbox', { name: 'linje1 under Sosialhjelp (kr per måned)' })
    await fill(user, cell, '12a')
    await user.tab()
    expect(figure('disposable-0-sos')).toBe('–')
    const path = ['households', 0, 'lines', 0, 'amounts', 'sos']
    const link = within(problemList())
      .getAllByRole('link')
      .find((a) => a.getAttribute('href') === `#${fieldId(path)}`)
    expect(link?.textContent).toMatch(/Enslig/)
    expect(link?.textContent).not.toMatch(/households|amounts/)
    expect(document.getElementById(fieldId(path))).toBe(cell)
  })

  it('removes the last household and leaves no list of them in the file', async () => {
    const { user } = await editBlankModel()
    await addHousehold(user)
    await user.click(screen.getByRole('button', { name: 'Fjern husholdning 1 («Enslig»)' }))
    expect(households()).toBeUndefined()
  })
})
