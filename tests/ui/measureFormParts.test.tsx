import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { validateModel } from '../../src/model/load/validateModel'
import { useScenario } from '../../src/state/store'
import { measureJson, minimalModel, type Json } from '../builders/modelJson'
import { editTestModel } from './renderApp'

const rateDriver: Json = {
  id: 'rates',
  kind: 'percentOfBase',
  function: '242',
  inputs: { base: '1000000', rateChange: '-0.1' },
}
const single: Json = {
  id: 'single',
  title: 'Enslig',
  regimes: [
    { id: 'sos', label: 'Sosialhjelp' },
    { id: 'intro', label: 'Introduksjonsstønad' },
  ],
  lines: [
    { kind: 'amount', id: 'benefit', label: 'Stønad', amounts: { sos: '6000', intro: '14000' } },
    { kind: 'amount', id: 'rent', label: 'Husleie', amounts: { sos: '-5000', intro: '-5000' } },
  ],
  reportedDisposable: {},
}

/** A model with measures A (a rate cut) and B, a rule and a package naming A, and a household. */
const testModel = () =>
  minimalModel({
    measures: [measureJson('A', { drivers: [rateDriver] }), measureJson('B')],
    households: [single],
    rules: [{ kind: 'requires', id: 'R1', measure: 'B', requires: ['A'], reason: 'Fordi' }],
    packages: [{ id: 'P1', title: 'Pakke', measures: ['A', 'B'] }],
  })

const editModel = () => editTestModel(testModel())

type User = Awaited<ReturnType<typeof editModel>>['user']
const draft = () => useScenario.getState().modelEdit!.file
const measureA = () => (draft().measures as Json[])[0]!
const form = () => screen.getByRole('region', { name: /^Tiltak / })

/** Puts text into a field as one change (pasted), which is quicker than typing it key by key. */
async function fill(user: User, field: HTMLElement, text: string) {
  await user.clear(field)
  await user.click(field)
  await user.paste(text)
}

describe('the measure form', () => {
  it('renames a measure in the rules and packages too, undone in one step', async () => {
    const { user } = await editModel()
    const id = within(form()).getByRole('textbox', { name: /^Id ?\(kort kode/ })
    // On the way to «A2» the field holds «B» for a moment, another measure's id.
    await user.clear(id)
    await user.type(id, 'B')
    await user.clear(id)
    await user.type(id, 'A2')
    await user.tab()
    expect(draft().rules).toEqual([
      { kind: 'requires', id: 'R1', measure: 'B', requires: ['A2'], reason: 'Fordi' },
    ])
    expect(draft().packages).toEqual([{ id: 'P1', title: 'Pakke', measures: ['A2', 'B'] }])
    expect(validateModel(draft()).ok).toBe(true)

    await user.click(screen.getByRole('button', { name: 'Angre' }))
    expect(measureA().id).toBe('A')
    expect(draft().rules).toEqual(testModel().rules)
    expect(draft().packages).toEqual(testModel().packages)
  })

  it('shows a rate cut on a household line, chosen from the model’s cases', async () => {
    const { user } = await editModel()
    await user.click(screen.getByRole('button', { name: 'Legg til virkning på husholdning' }))
    const effect = screen.getByRole('group', { name: 'Virkning 1' })
    await user.selectOptions(within(effect).getByRole('combobox', { name: 'Ordning' }), 'intro')
    await user.selectOptions(
      within(effect).getByRole('combobox', { name: 'Beløpslinje' }),
      'benefit',
    )
    // Only amount lines can be changed by a rate.
    expect(
      within(within(effect).getByRole('combobox', { name: 'Beløpslinje' }))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Stønad', 'Husleie'])
    await fill(user, within(effect).getByRole('textbox', { name: /^Gjelder bare/ }), 'Ny')
    await user.tab()
    expect(measureA().householdEffects).toEqual([
      { household: 'single', regime: 'intro', line: 'benefit', driver: 'rates', situation: 'Ny' },
    ])
    expect(validateModel(draft()).ok).toBe(true)

    await user.click(within(effect).getByRole('button', { name: 'Fjern virkning 1' }))
    expect(measureA()).not.toHaveProperty('householdEffects')
  })

  it('keeps the report’s figure and texts, and leaves them out of the file when emptied', async () => {
    const { user } = await editModel()
    const report = screen.getByRole('group', { name: 'Rapporten' })
    const field = (name: RegExp) => within(report).getByRole('textbox', { name })
    await fill(user, field(/^Avsnitt/), '4.2')
    await fill(user, field(/^Beløpet rapporten oppgir/), '−750 000')
    await fill(user, field(/^Avrundet/), '1000')
    await fill(user, field(/^Risiko/), 'Kan ta tid')
    await user.tab()
    expect(measureA()).toMatchObject({
      reportSection: '4.2',
      reported: { amount: '-750000', precision: '1000' },
      risk: 'Kan ta tid',
    })
    expect(validateModel(draft()).ok).toBe(true)

    for (const name of [/^Avsnitt/, /^Beløpet rapporten oppgir/, /^Avrundet/, /^Risiko/])
      await user.clear(field(name))
    await user.tab()
    for (const key of ['reportSection', 'reported', 'risk'])
      expect(measureA()).not.toHaveProperty(key)
  })

  it('says in words where a reported figure is not a number', async () => {
    const { user } = await editModel()
    const report = screen.getByRole('group', { name: 'Rapporten' })
    await fill(
      user,
      within(report).getByRole('textbox', { name: /^Beløpet rapporten oppgir/ }),
      'mye',
    )
    await user.tab()
    const alerts = within(report)
      .getAllByRole('alert')
      .map((a) => a.textContent)
    expect(alerts).toContainEqual(expect.stringMatching(/Tiltak A.*«mye» er ikke et tall/))
    // The amount alone is not enough: the rounding belongs with it, and is asked for.
    expect(alerts).toHaveLength(2)
  })
})
