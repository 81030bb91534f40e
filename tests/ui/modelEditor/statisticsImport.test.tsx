import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { plainText } from '../../../src/i18n/numbers'
import { useScenario } from '../../../src/state/store'
import { StatisticsImportButton } from '../../../src/ui/modelEditor/statistics/StatisticsImportButton'
import { fixtureBytes } from '../../state/statistics/fixtures'
import { DisplaySettings } from '../../../src/ui/DisplaySettings'

const edit = () => useScenario.getState().modelEdit!

beforeEach(() => {
  useScenario.setState(useScenario.getInitialState(), true)
  // A new model: its KOSTRA functions include all six in the file.
  useScenario.getState().newModel(new Date('2026-11-24T12:00:00Z'))
})

async function openFile(name: string, bytes = fixtureBytes(name)) {
  const user = userEvent.setup()
  render(<StatisticsImportButton />, { wrapper: DisplaySettings })
  await user.upload(screen.getByLabelText('Importer fra SSB-fil…'), new File([bytes], name))
  return user
}

const rowText = (code: string) =>
  plainText(
    within(screen.getByRole('region', { name: 'Dette blir skrevet (kroner)' }))
      .getByRole('rowheader', { name: new RegExp(`^${code}`) })
      .closest('tr')?.textContent ?? '',
  )

describe('importing accounts from an SSB statistics file', () => {
  it('chooses, previews in kroner, imports in one undoable step', async () => {
    const user = await openFile('kostra-12362.json')
    const dialog = await screen.findByRole('dialog', {
      name: 'Importer regnskap fra kostra-12362.json',
    })
    const d = within(dialog)
    expect(d.getByRole('combobox', { name: 'Kommune' })).toHaveDisplayValue('1860 Vestvågøy')
    // The model's functions are chosen at first: all six of the file's.
    expect(
      d.getByRole('checkbox', { name: '243 Tilbud til personer med rusproblemer' }),
    ).toBeChecked()

    for (const name of [/^243/, /^273/, /^276/, /^283/, /^2022/, /^2023/])
      await user.click(d.getByRole('checkbox', { name }))
    await user.selectOptions(
      d.getByRole('combobox', { name: 'Statistikkvariabel' }),
      'Netto driftsutgifter på funksjon/tjenesteområde, Beløp (1000 kr)',
    )
    expect(d.getByRole('combobox', { name: 'Føres som' })).toHaveDisplayValue(
      'Netto driftsutgifter (uten side)',
    )
    expect(d.getByText(/1000 kr: beløpene er omregnet til kroner \(× 1000\)/)).toBeInTheDocument()
    expect(rowText('242')).toBe(
      '242Råd, veiledning og sosialt forebyggende arbeid7 404 0008 449 000',
    )
    expect(rowText('281')).toBe('281Ytelse til livsopphold14 651 00014 948 000')
    // Nothing is written before the import.
    expect(edit().file.accounts).toBeUndefined()
    expect(edit().history.past).toHaveLength(0)

    await user.click(d.getByRole('button', { name: 'Importer' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(screen.getByTestId('statistics-import-result')).toHaveTextContent(
      '2 linjer importert fra SSB.',
    )
    expect(edit().file.accounts).toEqual([
      expect.objectContaining({
        id: 'fra-ssb',
        title: 'Fra SSB (KOSTRA)',
        years: [2024, 2025],
        lines: [
          {
            label: 'Råd, veiledning og sosialt forebyggende arbeid',
            function: '242',
            amounts: { '2024': '7404000', '2025': '8449000' },
          },
          {
            label: 'Ytelse til livsopphold',
            function: '281',
            amounts: { '2024': '14651000', '2025': '14948000' },
          },
        ],
      }),
    ])

    useScenario.getState().undoModelEdit()
    expect(edit().file.accounts).toBeUndefined()
  })

  it('shows a figure SSB marks missing and refuses to import it', async () => {
    const user = await openFile('kostra-12362-wide.csv')
    const d = within(await screen.findByRole('dialog'))
    await user.selectOptions(d.getByRole('combobox', { name: 'Kommune' }), '1865')
    await user.selectOptions(
      d.getByRole('combobox', { name: 'Statistikkvariabel' }),
      'Netto driftsutgifter på funksjon/tjenesteområde, Beløp (1000 kr)',
    )
    expect(rowText('283')).toContain('mangler (..)')
    expect(d.getByRole('alert')).toHaveTextContent('Filen har ikke tall for 283 i 2025.')
    expect(d.getByRole('button', { name: 'Importer' })).toBeDisabled()

    await user.click(d.getByRole('checkbox', { name: /^2025/ }))
    expect(d.getByRole('button', { name: 'Importer' })).toBeEnabled()
  })

  it('changes nothing when cancelled', async () => {
    const before = edit().file
    const user = await openFile('kostra-12362-long.csv')
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Avbryt' }),
    )
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(edit().file).toBe(before)
    expect(edit().history.past).toHaveLength(0)
  })

  it('refuses a malformed file in words, saying where, and changes nothing', async () => {
    const before = edit().file
    await openFile(
      'feil.csv',
      new TextEncoder().encode(
        '"region";"funksjon";"Beløp (1000 kr) 2024"\n"1860 X";"242 Råd";12x\n',
      ),
    )
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('feil.csv kan ikke importeres. Ingenting er endret.')
    expect(alert).toHaveTextContent(
      'Linje 2, kolonne 3 («Beløp (1000 kr) 2024»): «12x» er ikke et tall.',
    )
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(edit().file).toBe(before)
  })
})
