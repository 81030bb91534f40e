import { act, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { plainText } from '../../src/i18n/numbers'
import { useScenario } from '../../src/state/store'
import { scenarioOf } from '../builders/scenario'
import { figure, painted, renderApp } from './renderApp'

type User = Awaited<ReturnType<typeof renderApp>>['user']

const openDetails = (user: User, id: string) =>
  user.click(screen.getByRole('button', { name: `Vis detaljer og antakelser for tiltak ${id}` }))

async function typeRate(user: User, value: string) {
  const rate = screen.getByRole('textbox', { name: 'Refusjonssats' })
  await user.clear(rate)
  await user.type(rate, value)
  return rate
}

const text = (element: HTMLElement) => plainText(element.textContent ?? '')

describe('a measure whose inputs differ from the model file', () => {
  it('is marked in the folded list, naming the input with the file’s value and the value used', async () => {
    const { user } = await renderApp()
    await openDetails(user, 'D')
    await typeRate(user, '90')
    await user.click(screen.getByRole('button', { name: 'Skjul detaljer for tiltak D' }))
    const item = screen.getByTestId('measure-D')
    expect(within(item).queryByRole('textbox')).toBeNull()
    const badge = within(item).getByText('Endret antakelse')
    expect(plainText(badge.getAttribute('title') ?? '')).toBe(
      'Endrede antakelser: Refusjonssats 90 % (modellfilen: 80 %)',
    )
    expect(text(badge)).toContain('Refusjonssats 90 % (modellfilen: 80 %)')
    expect(within(screen.getByTestId('measure-A')).queryByText('Endret antakelse')).toBeNull()
  })

  it('is not marked when the model file’s value is typed again', async () => {
    const { user } = await renderApp()
    await openDetails(user, 'D')
    await typeRate(user, '90')
    expect(within(screen.getByTestId('measure-D')).getByText('Endret')).toBeInTheDocument()
    await typeRate(user, '80')
    const item = screen.getByTestId('measure-D')
    expect(within(item).queryByText('Endret')).toBeNull()
    expect(within(item).queryByText('Endret antakelse')).toBeNull()
    expect(useScenario.getState().doc.overrides).toEqual({})
  })

  it('says beside the report’s words that its figure rests on the file, and what it is now', async () => {
    const { user } = await renderApp()
    await openDetails(user, 'D')
    const item = screen.getByTestId('measure-D')
    expect(within(item).queryByText(/bygger på modellfilens antakelser/)).toBeNull()
    await typeRate(user, '90')
    expect(within(item).getByText(/Netto effekt for kommunen blir 1,0 mill\./)).toBeInTheDocument()
    expect(text(within(item).getByText(/^Rapportens tall/))).toBe(
      'Rapportens tall (en innsparing på 1,00 mill. kr) bygger på modellfilens antakelser; med den endrede antakelsen blir det en innsparing på 0,50 mill. kr.',
    )
  })

  it('still marks the report’s words as resting on the file where its figure rounds the same', async () => {
    const { user } = await renderApp()
    await openDetails(user, 'A')
    const cost = screen.getByRole('textbox', { name: 'Kostnad per årsverk' })
    await user.clear(cost)
    await user.type(cost, '750 400')
    expect(
      within(screen.getByTestId('measure-A')).getByText(
        'Rapportens tekst bygger på modellfilens antakelser, ikke på de endrede.',
      ),
    ).toBeInTheDocument()
  })

  it('lists the changed input in table 5.1, with the target and the gap under the sum', async () => {
    const { user } = await renderApp()
    await openDetails(user, 'D')
    await typeRate(user, '90')
    await painted()
    const row = screen.getByTestId('table51-D')
    expect(text(row)).toContain('Refusjonssats 90 % (modellfilen: 80 %)')
    expect(text(row)).toContain(
      'med den endrede antakelsen blir det en innsparing på 0,50 mill. kr',
    )
    expect(figure('table51-total')).toBe('-6,20')
    expect(figure('table51-lasting')).toBe('-5,80')
    expect(figure('table51-target')).toBe('-6,50')
    expect(figure('table51-gap')).toBe('0,70')
    expect(screen.getByRole('rowheader', { name: 'Mangler til målet (varig)' })).toBeInTheDocument()
  })

  it('prints the scenario, the model’s version, the plan year, the unit and the changed input', async () => {
    const { user } = await renderApp()
    await openDetails(user, 'D')
    await typeRate(user, '90')
    const facts = text(screen.getByRole('region', { name: 'Om tallene' }))
    expect(facts).toContain('Nytt scenario')
    expect(facts).toContain('versjon 2014.1')
    expect(facts).toContain('Planår2015')
    expect(facts).toContain('Beløp imill. kr')
    expect(facts).toContain('D: Refusjonssats 90 % (modellfilen: 80 %)')
  })
})

describe('a fraction typed in a per-cent field', () => {
  it('is asked about, not used as 0,85 %, until the user says which was meant', async () => {
    const { user } = await renderApp()
    await openDetails(user, 'D')
    await typeRate(user, '0,85')
    expect(screen.getByRole('alert')).toHaveTextContent(/Mente du 85\s%\?/)
    expect(figure('effect-D')).toBe('-1,00') // still the file's 80 %
    expect(figure('headline-year-saving')).toBe('6,70 mill. kr')
    await user.click(screen.getByRole('button', { name: /^Bruk 85\s%$/ }))
    expect(figure('effect-D')).toBe('-0,75')
    expect(screen.getByRole('textbox', { name: 'Refusjonssats' })).toHaveValue('85')
  })

  it('is used as typed when the user says so', async () => {
    const { user } = await renderApp()
    await openDetails(user, 'D')
    await typeRate(user, '0,85')
    await user.click(screen.getByRole('button', { name: /^Bruk 0,85\s%$/ }))
    expect(figure('effect-D')).toBe('-4,96')
    expect(screen.queryByText(/Mente du/)).toBeNull()
  })

  it('stays asked when the field loses focus', async () => {
    const { user } = await renderApp()
    await openDetails(user, 'D')
    const rate = await typeRate(user, '0,5')
    await user.tab()
    expect(rate).toHaveValue('0,5')
    expect(screen.getByText(/Mente du 50\s%\?/)).toBeInTheDocument()
    expect(figure('effect-D')).toBe('-1,00')
  })
})

describe('the read-only view of a scenario with a changed input', () => {
  async function openShared(overrides: Record<string, string>) {
    await renderApp()
    const scenario = scenarioOf({
      name: 'Til kommunestyret',
      selection: ['A', 'D', 'G'],
      overrides,
    })
    act(() => useScenario.getState().showShared({ ok: true, scenario }))
    return screen.getByTestId('presented-D')
  }

  it('lists the changed input and says the report’s figure rests on the file', async () => {
    const d = await openShared({ 'D.groupHomes.refundRate': '0.9' })
    expect(text(screen.getByTestId('shared-changed'))).toContain(
      'D: Refusjonssats 90 % (modellfilen: 80 %)',
    )
    expect(text(d)).toContain('Sparer 0,50 mill. kr i 2015.')
    expect(text(d)).toContain('Refusjonssats 90 % (modellfilen: 80 %)')
    expect(text(d)).toContain('Rapporten: «Reduserer med 5 årsverk')
    expect(text(d)).toContain(
      'Rapportens tall (en innsparing på 1,00 mill. kr) bygger på modellfilens antakelser; med den endrede antakelsen blir det en innsparing på 0,50 mill. kr.',
    )
  })

  it('shows the report’s words as they are when the file’s inputs are used', async () => {
    const d = await openShared({})
    expect(screen.queryByTestId('shared-changed')).toBeNull()
    expect(text(d)).toContain('Sparer 1,00 mill. kr i 2015. Reduserer med 5 årsverk')
    expect(text(d)).not.toContain('bygger på modellfilens antakelser')
  })

  it('says a consequence’s level once, not «Liten: Liten»', async () => {
    await openShared({})
    const g = text(screen.getByTestId('presented-G'))
    expect(g).toContain('For medarbeiderneLiten')
    expect(g).not.toContain('Liten: Liten')
    expect(g).toContain('For brukerneNoe: Kan på sikt gi dårligere muligheter')
  })
})

describe('the comparison of scenarios that differ in inputs or break a rule', () => {
  it('flags a measure counted in both with other inputs, and says which is not counted', async () => {
    await renderApp()
    const saved = (id: string, name: string, selection: string[], overrides = {}) => ({
      ...scenarioOf({ name, selection, overrides }),
      id,
      rev: 1,
      createdAt: '2026-11-24T10:00:00Z',
      updatedAt: '2026-11-24T10:00:00Z',
    })
    act(() =>
      useScenario.setState({
        saved: [
          saved('a', 'Refusjon 90 %', ['A', 'B1', 'D'], { 'D.groupHomes.refundRate': '0.9' }),
          saved('b', 'B1 og B2', ['A', 'B1', 'B2', 'D']),
        ],
        compare: ['a', 'b'],
        view: 'compare',
      }),
    )
    const d = screen.getByTestId('compare-measure-D')
    expect(d).toHaveClass('differs')
    const [ninety, other] = within(d).getAllByRole('cell')
    expect(text(ninety!)).toBe('JaRefusjonssats 90 % (modellfilen: 80 %)')
    expect(text(other!)).toBe('Ja')
    expect(screen.getByTestId('compare-measure-A')).not.toHaveClass('differs')
    const b2 = within(screen.getByTestId('compare-measure-B2')).getAllByRole('cell')
    expect(b2.map(text)).toEqual(['–', 'Ikke regnet med'])
    const b1 = within(screen.getByTestId('compare-measure-B1')).getAllByRole('cell')
    expect(b1.map(text)).toEqual(['Ja', 'Ikke regnet med'])
    expect(screen.getByText(/^Ikke regnet med: tiltaket er valgt i scenarioet/)).toBeInTheDocument()
  })
})

describe('words a councillor reads', () => {
  it('says how uncertain an estimate is without overstating it, and what «mulige reduksjoner» are', async () => {
    await renderApp()
    expect(within(screen.getByTestId('measure-A')).getByText('Lav usikkerhet')).toBeInTheDocument()
    expect(
      within(screen.getByTestId('measure-D')).getByText('Middels usikkerhet'),
    ).toBeInTheDocument()
    expect(screen.queryByText('Sikkert anslag')).toBeNull()
    expect(text(screen.getByTestId('warning-possible'))).toContain(
      'er det rapporten kaller mulige reduksjoner: innsparinger som kan oppnås, men der beløpet avhenger av skjønn og gjennomføring og kan bli mindre',
    )
  })

  it('calls staff «medarbeidere» throughout, and the household cases «Eksempel»', async () => {
    await renderApp()
    const facts = within(screen.getByTestId('measure-A'))
    expect(facts.getByText('Medarbeidere')).toBeInTheDocument()
    expect(screen.queryByText('Ansatte')).toBeNull()
    expect(text(screen.getByTestId('household-family'))).toContain(
      'Eksempel 1: 2 voksne og 2 barn (3 og 8 år)',
    )
    expect(screen.queryByText(/^Case \d/)).toBeNull()
  })
})
