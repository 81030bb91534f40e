import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { plainText } from '../../src/i18n/numbers'
import { driverKinds } from '../../src/model/drivers/registry'
import { InputType, type InputSpec } from '../../src/model/drivers/inputSpec'
import { useScenario } from '../../src/state/store'
import { editTestModel, figure } from './renderApp'

const draftMeasure = (index: number) =>
  (useScenario.getState().modelEdit?.file.measures as Record<string, unknown>[])[index]

/** A value each kind of input accepts, as a user types it (per cent in per-cent fields). */
const typedValue: Record<InputSpec['type'], string> = {
  [InputType.amount]: '120 000',
  [InputType.staffYears]: '-1,5',
  [InputType.persons]: '-3',
  [InputType.rate]: '50',
  [InputType.rateChange]: '-10',
  [InputType.year]: '2026',
}

const form = () => screen.getByRole('region', { name: /^Tiltak / })

describe('the measure editor', () => {
  it.each(Object.entries(driverKinds))(
    'adds a measure with a driver of kind %s, generically from its declaration',
    async (kind, declaration) => {
      const { user } = await editTestModel()
      await user.click(screen.getByRole('button', { name: 'Legg til tiltak' }))
      expect(screen.getByRole('heading', { name: 'Tiltak T1' })).toBeInTheDocument()
      // A measure without a driver cannot be counted, and the preview says what to do.
      expect(screen.getByTestId('preview-problem')).toHaveTextContent('Tiltak T1')

      await user.selectOptions(screen.getByLabelText('Ny driver av typen'), kind)
      await user.click(screen.getByRole('button', { name: 'Legg til driver' }))
      const driver = screen.getByRole('region', { name: /^Driver 1:/ })
      // The kind's own fields: a choice of its named values (the last one picked), else a text.
      const extras = Object.entries(declaration.extra ?? {})
      for (const [, field] of extras) {
        const values = Object.values(field.values).map((words) => words.nb)
        const control = within(driver).getByLabelText(field.label.nb)
        if (values.length === 0) await user.type(control, 'Fordi')
        else {
          expect(
            within(control)
              .getAllByRole('option')
              .map((o) => o.textContent),
          ).toEqual(values)
          await user.selectOptions(control, values.at(-1)!)
        }
      }
      for (const spec of Object.values(declaration.inputs)) {
        const input = within(driver).getByRole('textbox', { name: new RegExp(`^${spec.label.nb}`) })
        await user.type(input, typedValue[spec.type])
      }

      const written = (draftMeasure(1)?.drivers as Record<string, unknown>[])[0]
      expect(written).toMatchObject({ kind })
      for (const [name, field] of extras)
        expect(written?.[name]).toBe(Object.keys(field.values).at(-1) ?? 'Fordi')
      for (const [name, spec] of Object.entries(declaration.inputs))
        expect((written?.inputs as Record<string, string>)[name]).toBe(
          {
            amount: '120000',
            staffYears: '-1.5',
            persons: '-3',
            rate: '0.5',
            rateChange: '-0.1',
            year: '2026',
          }[spec.type],
        )
      // Every field filled in as the kind asks: the measure is counted in the preview.
      expect(screen.queryByTestId('preview-problem')).toBeNull()
      expect(screen.getByTestId('preview-lasting')).toBeInTheDocument()
      expect(within(form()).queryAllByRole('alert')).toEqual([])
    },
  )

  it('says in words which measure and field a bad value is in, and where to fix it', async () => {
    const { user } = await editTestModel()
    const cost = screen.getByRole('textbox', { name: /^Kostnad per årsverk/ })
    await user.clear(cost)
    await user.type(cost, 'mange')
    expect(cost).toHaveAttribute('aria-invalid', 'true')
    const message = screen.getByText(/kostnad per årsverk/i, { selector: '[role=alert]' })
    expect(plainText(message.textContent ?? '')).toBe(
      'Tiltak A «Tiltak A», kostnad per årsverk: «mange» er ikke et tall; skriv for eksempel 750 000 eller -1,5.',
    )
    // The list of problems and the preview say it too, each linked to the field.
    const links = screen.getAllByRole('link', { name: /^Tiltak A «Tiltak A», kostnad per årsverk/ })
    expect(links.map((link) => link.getAttribute('href'))).toEqual([`#${cost.id}`, `#${cost.id}`])
    // In the same words everywhere: the form's, not the file's.
    expect(links.map((link) => plainText(link.textContent ?? ''))).toEqual([
      plainText(message.textContent ?? ''),
      plainText(message.textContent ?? ''),
    ])
    expect(within(screen.getByTestId('preview-problem')).getByRole('link')).toBe(links[1])
  })

  it('updates the preview while a cost is typed, a start month chosen, the unit switched', async () => {
    const { user } = await editTestModel()
    expect(figure('preview-2025')).toBe('-0,60')
    const cost = screen.getByRole('textbox', { name: /^Kostnad per årsverk/ })
    await user.clear(cost)
    await user.type(cost, '900 000')
    expect(figure('preview-2025')).toBe('-0,90')
    await user.selectOptions(screen.getByLabelText('Første måned'), 'august')
    // 900 000 × 5 / 12 = 375 000 the first year, the whole amount after.
    expect(figure('preview-2025')).toBe('-0,38')
    expect(figure('preview-2026')).toBe('-0,90')
    expect(figure('preview-lasting')).toBe('-0,90')
    await user.click(screen.getByRole('radio', { name: 'tusen kr' }))
    expect(figure('preview-2025')).toBe('-375')
    await user.selectOptions(screen.getByLabelText('Siste år'), '2026')
    expect(figure('preview-2027')).toBe('0')
    expect(figure('preview-lasting')).toBe('0')
  })

  it('phases a measure in, in per cent', async () => {
    const { user } = await editTestModel()
    await user.click(screen.getByRole('button', { name: 'Legg til et år i innfasingen' }))
    await user.click(screen.getByRole('button', { name: 'Legg til et år i innfasingen' }))
    expect(screen.getByRole('textbox', { name: /^Innfasing, hele år 1/ })).toHaveValue('50')
    expect(figure('preview-2025')).toBe('-0,30')
    expect(figure('preview-2026')).toBe('-0,60')
    const first = screen.getByRole('textbox', { name: /^Innfasing, hele år 1/ })
    await user.clear(first)
    await user.type(first, '25')
    expect(figure('preview-2025')).toBe('-0,15')
    expect((draftMeasure(0)?.timing as { phaseIn: string[] }).phaseIn).toEqual(['0.25', '1'])
  })

  it('adds an alternatives rule and a package from the measures', async () => {
    const { user } = await editTestModel()
    await user.click(screen.getByRole('button', { name: 'Legg til tiltak' }))
    await user.click(screen.getByRole('button', { name: 'Legg til alternativer' }))
    const rule = screen.getByRole('group', { name: /^Regel 1/ })
    await user.click(within(rule).getByRole('checkbox', { name: 'A Tiltak A' }))
    await user.click(within(rule).getByRole('checkbox', { name: 'T1 Nytt tiltak' }))
    await user.type(within(rule).getByLabelText('Begrunnelse'), 'Bare ett')
    await user.click(screen.getByRole('button', { name: 'Legg til pakke' }))
    const pkg = screen.getByRole('group', { name: 'Pakke 1' })
    await user.click(within(pkg).getByRole('checkbox', { name: 'A Tiltak A' }))
    const file = useScenario.getState().modelEdit?.file
    expect(file?.rules).toEqual([
      { kind: 'alternatives', id: 'R1', measures: ['A', 'T1'], reason: 'Bare ett' },
    ])
    expect(file?.packages).toEqual([{ id: 'P1', title: 'Pakke 1', measures: ['A'] }])
  })

  it('removes a measure by name, and undo brings it back', async () => {
    const { user } = await editTestModel()
    await user.click(screen.getByRole('button', { name: 'Legg til tiltak' }))
    await user.click(screen.getByRole('button', { name: 'Fjern tiltak T1' }))
    expect(screen.queryByRole('button', { name: /^Rediger tiltak T1/ })).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Angre' }))
    expect(screen.getByRole('button', { name: /^Rediger tiltak T1/ })).toBeInTheDocument()
  })
})

describe('the list of problems', () => {
  it('opens the measure a problem is about and goes to its field', async () => {
    const { user } = await editTestModel()
    await user.click(screen.getByRole('button', { name: 'Legg til tiltak' }))
    // The new measure T1 has no driver yet; A is chosen again.
    await user.click(screen.getByRole('button', { name: /^Rediger tiltak A/ }))
    const problems = screen.getByRole('region', { name: /feil må rettes/ })
    await user.click(within(problems).getByRole('link', { name: /Tiltak T1/ }))
    await screen.findByRole('heading', { name: 'Tiltak T1' })
    await waitFor(() => expect(screen.getByLabelText('Ny driver av typen')).toHaveFocus())
  })
})
