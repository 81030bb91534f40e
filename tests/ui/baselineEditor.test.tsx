import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useScenario } from '../../src/state/store'
import { fieldId } from '../../src/ui/modelEditor/fieldId'
import { editBlankModel, figure } from './renderApp'

const draft = () => useScenario.getState().modelEdit?.file as Record<string, unknown>
const teams = () => (draft()['units'] as { teams: unknown[] }[])[0]?.teams
const cell = (row: number, column: string) =>
  screen.getByRole('textbox', { name: `Team i NAV, kommunal del, rad ${row}, ${column}` })
const problemList = () => screen.getByRole('region', { name: /feil må rettes/ })

describe('the baseline editor', () => {
  it('writes what is typed into the model draft, numbers read the Norwegian way', async () => {
    const { user } = await editBlankModel()
    const name = screen.getByRole('textbox', { name: 'Kommunens navn' })
    await user.clear(name)
    await user.type(name, 'Røst')
    await user.type(screen.getByRole('textbox', { name: 'Kommunenummer' }), '1859')
    await user.clear(cell(1, 'Årsverk'))
    await user.type(cell(1, 'Årsverk'), '2,5')
    await user.tab()
    expect(draft()['municipality']).toEqual({ name: 'Røst', number: '1859' })
    expect(teams()).toEqual([{ id: 'sosial', name: 'Sosialtjenesten', staffYears: '2.5' }])
    expect(cell(1, 'Årsverk')).toHaveValue('2,5')
    expect(figure('staff-years-total')).toBe('Alle enheter: 2,5 årsverk')
  })

  it('edits the source the app names above the figures, which the blank model only guesses', async () => {
    const { user } = await editBlankModel()
    const title = screen.getByRole('textbox', { name: 'Kildens tittel' })
    await user.clear(title)
    await user.type(title, 'Økonomiplan 2027–2030')
    const publisher = screen.getByRole('textbox', { name: 'Utgitt av' })
    await user.clear(publisher)
    await user.type(publisher, 'Røst kommune')
    const year = screen.getByRole('textbox', { name: 'Utgitt år' })
    await user.clear(year)
    await user.type(year, '2027')
    expect(draft()['source']).toEqual({
      title: 'Økonomiplan 2027–2030',
      publisher: 'Røst kommune',
      year: 2027,
    })
  })

  it('sets a target for a plan year, and removes it when the field is emptied', async () => {
    const { user } = await editBlankModel()
    const target = screen.getByRole('textbox', { name: 'Mål for 2028 (kr)' })
    await user.type(target, '2 000 000')
    expect(draft()['target']).toMatchObject({ byYear: { '2028': '2000000' } })
    await user.clear(target)
    expect(draft()['target']).toMatchObject({ byYear: {} })
  })

  it('keeps a bad value as typed and names it in words in the problems, linked to the field', async () => {
    const { user } = await editBlankModel()
    await user.clear(cell(1, 'Årsverk'))
    await user.type(cell(1, 'Årsverk'), '12a')
    expect(teams()).toEqual([{ id: 'sosial', name: 'Sosialtjenesten', staffYears: '12a' }])
    expect(figure('staff-years-total')).toBe('Alle enheter: – årsverk')
    const id = fieldId(['units', 0, 'teams', 0, 'staffYears'])
    const link = within(problemList())
      .getAllByRole('link')
      .find((a) => a.getAttribute('href') === `#${id}`)
    expect(link?.textContent).toMatch(/Sosialtjenesten/)
    expect(link?.textContent).not.toMatch(/units|teams|staffYears/)
    expect(document.getElementById(id)).toBe(cell(1, 'Årsverk'))
  })

  it('previews a paste with bad cells, says where and why, and changes nothing', async () => {
    const { user } = await editBlankModel()
    const before = draft()
    await user.click(cell(1, 'Id'))
    await user.paste('sosial\tSosialtjenesten\t4,5\r\nflykt\tFlyktningtjenesten\t12a\r\n')
    const dialog = screen.getByRole('dialog', { name: 'Lim inn fra regneark' })
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'Rad 2, kolonne «Årsverk»: «12a» er ikke et tall',
    )
    expect(within(dialog).queryByRole('button', { name: 'Lim inn' })).toBeNull()
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(draft()).toBe(before)
  })

  it('applies a good paste only when confirmed, adding rows, as one undo step', async () => {
    const { user } = await editBlankModel()
    // Typing just before the paste stays when the paste is undone.
    await user.clear(cell(1, 'Navn'))
    await user.type(cell(1, 'Navn'), 'Sosial')
    const before = teams()
    await user.paste('Sosialtjenesten\t1\u00a0234,5\nFlyktningtjenesten\t3\n')
    const dialog = screen.getByRole('dialog', { name: 'Lim inn fra regneark' })
    expect(dialog).toHaveTextContent('2 rader med 4 celler; 1 ny rad legges til.')
    expect(teams()).toBe(before)
    await user.click(within(dialog).getByRole('button', { name: 'Lim inn' }))
    expect(teams()).toEqual([
      { id: 'sosial', name: 'Sosialtjenesten', staffYears: '1234.5' },
      { id: 'team2', name: 'Flyktningtjenesten', staffYears: '3' },
    ])
    expect(figure('staff-years-total')).toBe('Alle enheter: 1 237,5 årsverk')
    await user.click(screen.getByRole('button', { name: 'Angre' }))
    expect(teams()).toEqual([{ id: 'sosial', name: 'Sosial', staffYears: '0' }])
  })

  it('adds and removes rows with buttons that name them', async () => {
    const { user } = await editBlankModel()
    await user.click(
      screen.getByRole('button', { name: 'Legg til rad i Team i NAV, kommunal del' }),
    )
    expect(teams()).toHaveLength(2)
    await user.click(
      screen.getByRole('button', {
        name: 'Fjern rad 1 («Sosialtjenesten») fra Team i NAV, kommunal del',
      }),
    )
    expect(teams()).toEqual([{ id: 'team2', name: '', staffYears: '0' }])
  })

  it('starts an optional list the model does not have yet with its first row', async () => {
    const { user } = await editBlankModel()
    expect(draft()['benefitRates']).toBeUndefined()
    await user.click(screen.getByRole('button', { name: 'Legg til rad i Stønadssatser' }))
    expect(draft()['benefitRates']).toEqual([{ id: 'sats1', label: '', amount: '0', per: 'month' }])
    expect(screen.getByRole('combobox', { name: 'Stønadssatser, rad 1, Per' })).toHaveValue('month')
  })

  it('shows an account’s sums per year by side and net as lines are typed', async () => {
    const { user } = await editBlankModel()
    await user.click(screen.getByRole('button', { name: 'Legg til regnskap' }))
    const lines = 'Linjer i regnskap1'
    await user.click(screen.getByRole('textbox', { name: `${lines}, rad 1, Tekst` }))
    // An empty function cell, the side by its words, amounts as a spreadsheet formats them.
    await user.paste('Lønn\t\tUtgift\t1 000 kr\r\nRefusjon\t\tInntekt\t\u2212250\r\n')
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Lim inn' }))
    expect(figure('account-0-expenditure-2026')).toBe('1 000')
    expect(figure('account-0-income-2026')).toBe('-250')
    expect(figure('account-0-net-2026')).toBe('750')
  })
})
