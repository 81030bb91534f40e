import { fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { figure, painted, renderApp, switchFor } from './renderApp'

describe('switching measures', () => {
  it('opens on the recommendation: 6,70 mill. in 2015, 6,30 for good, 0,20 short of the target', async () => {
    await renderApp()
    expect(figure('headline-year-saving')).toBe('6,70 mill. kr')
    expect(figure('headline-year-gap')).toBe('0,20 mill. kr over målet')
    expect(figure('headline-lasting-saving')).toBe('6,30 mill. kr')
    expect(figure('headline-lasting-gap')).toBe('Mangler 0,20 mill. kr til målet')
    expect(figure('headline-year-staff')).toBe('-7,2 årsverk')
    expect(figure('headline-year-gross')).toBe('-9,60 mill. kr')
    expect(figure('headline-year-income')).toBe('2,90 mill. kr mindre i inntekter')
    expect(figure('table51-total')).toBe('-6,70')
  })

  it('updates every figure when a measure is switched off and on', async () => {
    const { user } = await renderApp()
    await user.click(switchFor('H'))
    expect(figure('headline-year-saving')).toBe('5,70 mill. kr')
    expect(figure('headline-lasting-gap')).toBe('Mangler 1,20 mill. kr til målet')
    // Table 5.1 follows once the headline's frame is painted.
    await painted()
    expect(figure('table51-total')).toBe('-5,70')
    await user.click(switchFor('H'))
    expect(figure('headline-year-saving')).toBe('6,70 mill. kr')
  })

  it('gives each chart its figures as a table, and drops a switched-off measure from the waterfall', async () => {
    const { user } = await renderApp()
    const rows = (id: string) =>
      within(screen.getByTestId(id))
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent)
    expect(rows('chart-net')).toEqual([
      '20156,706,50',
      '20166,706,50',
      '20176,706,50',
      '20186,306,50',
      'Varig6,306,50',
    ])
    // 13 measures with an effect in 2015, then the total against the target
    expect(rows('chart-waterfall')).toHaveLength(14)
    expect(rows('chart-waterfall').at(-1)).toBe('Sum6,706,50')
    await user.click(switchFor('O'))
    await painted()
    expect(rows('chart-waterfall')).toHaveLength(13)
    expect(rows('chart-waterfall').find((row) => row?.startsWith('O'))).toBeUndefined()
  })

  it('shows the effect of the chosen plan year', async () => {
    const { user } = await renderApp()
    await user.click(screen.getByRole('radio', { name: '2018' }))
    expect(figure('headline-year-saving')).toBe('6,30 mill. kr')
    expect(screen.getByRole('heading', { name: 'Effekt i 2018' })).toBeInTheDocument()
    expect(figure('effect-E')).toBe('0,00')
  })
})

describe('the rules, in the interface', () => {
  it('switches B1 off when B2 is chosen, and says so', async () => {
    const { user } = await renderApp()
    await user.click(switchFor('B2'))
    expect(switchFor('B1')).not.toBeChecked()
    expect(switchFor('B2')).toBeChecked()
    expect(screen.getByTestId('notice')).toHaveTextContent(
      'B1 er slått av fordi B2 er valgt: B1, B2 og B3 er alternativer, og bare ett kan velges.',
    )
    await user.click(within(screen.getByTestId('notice')).getByRole('button', { name: 'Angre' }))
    expect(switchFor('B1')).toBeChecked()
    expect(screen.queryByTestId('notice')).toBeNull()
  })

  it('switches D on with E, says why, and undoes both at once', async () => {
    const { user } = await renderApp()
    await user.click(switchFor('D'))
    expect(switchFor('E')).not.toBeChecked()
    await user.click(switchFor('E'))
    expect(switchFor('D')).toBeChecked()
    expect(screen.getByTestId('notice')).toHaveTextContent(
      'D er også slått på, fordi E krever det. Kapasiteten til 2 beboere til på bokollektiv 3 finnes først',
    )
    await user.click(within(screen.getByTestId('notice')).getByRole('button', { name: 'Angre' }))
    expect(switchFor('D')).not.toBeChecked()
    expect(switchFor('E')).not.toBeChecked()
  })

  it('switches E off with D, so the headline never counts E without D', async () => {
    const { user } = await renderApp()
    await user.click(switchFor('D'))
    expect(switchFor('E')).not.toBeChecked()
    expect(screen.getByTestId('notice')).toHaveTextContent(
      'E er også slått av, fordi det krever D.',
    )
    // 6,70 less D (1,0) and E (0,4)
    expect(figure('headline-year-saving')).toBe('5,30 mill. kr')
    await user.click(within(screen.getByTestId('notice')).getByRole('button', { name: 'Angre' }))
    expect(switchFor('D')).toBeChecked()
    expect(switchFor('E')).toBeChecked()
    expect(figure('headline-year-saving')).toBe('6,70 mill. kr')
  })
})

describe('assumptions', () => {
  const openDetails = async (user: Awaited<ReturnType<typeof renderApp>>['user'], id: string) =>
    user.click(screen.getByRole('button', { name: `Vis detaljer og antakelser for tiltak ${id}` }))

  it('updates the figures as a refund rate is typed, marks it changed, and resets it', async () => {
    const { user } = await renderApp()
    await openDetails(user, 'D')
    const rate = screen.getByRole('textbox', { name: 'Refusjonssats' })
    expect(rate).toHaveValue('80')
    await user.clear(rate)
    await user.type(rate, '50')
    // D now saves 2,5 mill. instead of 1,0
    expect(figure('headline-year-saving')).toBe('8,20 mill. kr')
    expect(figure('effect-D')).toBe('-2,50')
    const item = screen.getByTestId('measure-D')
    expect(within(item).getByText('Endret')).toBeInTheDocument()
    expect(within(item).getByText(/^Modellfilen: 80\s%$/)).toBeInTheDocument()
    await user.click(within(item).getByRole('button', { name: /^Tilbakestill til 80\s%$/ }))
    expect(figure('headline-year-saving')).toBe('6,70 mill. kr')
    expect(rate).toHaveValue('80')
    expect(within(item).queryByText('Endret')).toBeNull()
  })

  it('refuses what is not a valid rate, says why, and keeps the figures', async () => {
    const { user } = await renderApp()
    await openDetails(user, 'D')
    const rate = screen.getByRole('textbox', { name: 'Refusjonssats' })
    await user.clear(rate)
    await user.type(rate, '180')
    expect(rate).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByText('Må være mellom 0 og 100 %.')).toBeInTheDocument()
    expect(figure('headline-year-saving')).toBe('9,80 mill. kr') // the last valid value typed: 18 %
    await user.clear(rate)
    await user.type(rate, 'åtti')
    // A per-cent field's example is a per cent, never a fraction that would be read as 0,8 %.
    expect(screen.getByText('Skriv et tall i prosent, for eksempel 80.')).toBeInTheDocument()
  })

  it('reads a Norwegian amount with spaces and a cost per staff-year changes A', async () => {
    const { user } = await renderApp()
    await openDetails(user, 'A')
    const cost = screen.getByRole('textbox', { name: 'Kostnad per årsverk' })
    expect(cost).toHaveValue('750 000')
    await user.clear(cost)
    await user.type(cost, '900 000')
    expect(figure('effect-A')).toBe('-0,90')
  })

  it('refuses an affected base above the base, as the engine does', async () => {
    const { user } = await renderApp()
    await openDetails(user, 'I')
    const affected = screen.getByRole('textbox', { name: 'Grunnlag der endringen får virkning' })
    await user.clear(affected)
    await user.type(affected, '8000000')
    expect(
      screen.getByText('Kan ikke være større enn hele utgiftsgrunnlaget; verdien er ikke brukt.'),
    ).toBeInTheDocument()
    expect(figure('effect-I')).toBe('-0,30')
  })
})

describe('undo and redo', () => {
  it('undoes and redoes switches and assumptions with buttons and keys', async () => {
    const { user } = await renderApp()
    const undo = screen.getByRole('button', { name: /Angre/ })
    expect(undo).toBeDisabled()
    await user.click(switchFor('A'))
    await user.click(switchFor('C'))
    expect(figure('headline-year-saving')).toBe('5,85 mill. kr')
    await user.click(undo)
    expect(figure('headline-year-saving')).toBe('5,95 mill. kr')
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true })
    expect(figure('headline-year-saving')).toBe('6,70 mill. kr')
    expect(undo).toBeDisabled()
    fireEvent.keyDown(window, { key: 'Z', ctrlKey: true, shiftKey: true })
    expect(figure('headline-year-saving')).toBe('5,95 mill. kr')
    await user.click(screen.getByRole('button', { name: /Gjør om/ }))
    expect(figure('headline-year-saving')).toBe('5,85 mill. kr')
  })

  it('undoes a typed assumption in one step', async () => {
    const { user } = await renderApp()
    await user.click(
      screen.getByRole('button', { name: 'Vis detaljer og antakelser for tiltak D' }),
    )
    const rate = screen.getByRole('textbox', { name: 'Refusjonssats' })
    await user.clear(rate)
    await user.type(rate, '50')
    await user.tab()
    await user.click(screen.getByRole('button', { name: /Angre/ }))
    expect(rate).toHaveValue('80')
    expect(figure('headline-year-saving')).toBe('6,70 mill. kr')
  })
})

describe('units and language', () => {
  it('shows amounts in thousands on request, named alike in the switch and the figures', async () => {
    const { user } = await renderApp()
    await user.click(screen.getByRole('radio', { name: 'tusen kr' }))
    expect(figure('headline-year-saving')).toBe('6 700 tusen kr')
    expect(figure('table51-total')).toBe('-6 700')
    expect(figure('effect-D')).toBe('-1 000')
  })

  it('speaks English on request', async () => {
    const { user } = await renderApp()
    await user.click(screen.getByRole('radio', { name: 'English' }))
    expect(figure('headline-year-saving')).toBe('NOK 6.70 million')
    expect(screen.getByRole('heading', { name: 'Effect in 2015' })).toBeInTheDocument()
    expect(screen.getByRole('switch', { name: /^Choose measure A:/ })).toBeChecked()
  })
})

describe('filtering and searching measures', () => {
  it('shows only the considered measures, or those a search finds', async () => {
    const { user } = await renderApp()
    await user.click(screen.getByRole('radio', { name: 'Vurderte' }))
    expect(screen.queryByTestId('measure-A')).toBeNull()
    expect(screen.getByTestId('measure-B2')).toBeInTheDocument()
    await user.click(screen.getByRole('radio', { name: 'Alle' }))
    await user.type(screen.getByRole('searchbox', { name: 'Søk i tiltak' }), 'bokollektiv')
    const ids = screen
      .getAllByRole('switch')
      .map((s) => /tiltak (\w+):/.exec(s.getAttribute('aria-label') ?? '')?.[1])
    expect(ids).toEqual(['D', 'E', 'U'])
  })

  it('shows only the chosen measures, and goes back to the recommendation in one step', async () => {
    const { user } = await renderApp()
    await user.click(switchFor('B2'))
    await user.click(switchFor('H'))
    await user.click(screen.getByRole('radio', { name: 'Bare valgte' }))
    expect(screen.queryByTestId('measure-B1')).toBeNull()
    expect(screen.queryByTestId('measure-H')).toBeNull()
    expect(screen.getByTestId('measure-B2')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Tilbake til anbefalingen' }))
    expect(screen.getByTestId('measure-B1')).toBeInTheDocument()
    expect(screen.getByTestId('measure-H')).toBeInTheDocument()
    expect(screen.queryByTestId('measure-B2')).toBeNull()
    expect(figure('headline-year-saving')).toBe('6,70 mill. kr')
    await user.click(screen.getByRole('button', { name: /Angre/ }))
    expect(screen.getByTestId('measure-B2')).toBeInTheDocument()
  })
})
