import { afterEach, describe, expect, it, vi } from 'vitest'
import { problemText } from '../../src/i18n/problemText'
import { ScenarioRepository } from '../../src/state/storage/scenarioRepository'
import { createScenarioStore } from '../../src/state/store'
import { scenarioOf } from '../builders/scenario'
import { closeTabs, freshDb, openTab } from '../builders/tabs'

afterEach(() => {
  closeTabs()
  vi.restoreAllMocks()
})

describe('importing a scenario that does not fit the model as it is', () => {
  const unfitting = JSON.stringify({
    ...scenarioOf({
      name: 'Gammel fil',
      model: { id: 'vestvagoy-2014', version: '2013.9' },
      selection: ['A', 'B1', 'B2', 'Z'],
    }),
    overrides: {
      'D.groupHomes.refundRate': '1.5',
      'I.rates.affectedBase': '99000000',
      'X.y.z': '1',
    },
  })

  it('says, in words and before saving anything, what would be changed or left out', async () => {
    const store = await openTab(freshDb())
    const check = store.getState().checkImport(unfitting)
    expect(check.ok).toBe(true)
    if (!check.ok) return
    const model = store.getState().model!
    expect(check.changes.map((p) => problemText(p, 'nb', { model, file: 'scenario' }))).toEqual([
      'Scenarioet er laget på versjon 2013.9 av modellen; den gjeldende er 2014.1.',
      'Tiltak Z finnes ikke lenger i modellen og er ikke med.',
      expect.stringMatching(/^B1 «.*» og B2 «.*» er ikke regnet med: B1, B2 og B3 er alternativer/),
      expect.stringMatching(
        /^Antakelsen «Refusjonssats» i tiltak D «.*» er ikke tatt med: må være mellom 0/,
      ),
      'Antakelsen «z» i tiltak X er ikke tatt med: finnes ikke i modellen (verdien var "1").',
      expect.stringMatching(
        /^Antakelsen «Grunnlag der endringen får virkning» i tiltak I .* er ikke tatt med: kan ikke være større enn hele utgiftsgrunnlaget\.$/,
      ),
    ])
    expect(store.getState().saved).toEqual([])
  })

  it('saves, once confirmed, what was carried over, on the model version it now fits', async () => {
    const store = await openTab(freshDb())
    const check = store.getState().checkImport(unfitting)
    if (!check.ok) throw new Error('refused')
    expect(await store.getState().saveImport(check)).toMatchObject({ ok: true, name: 'Gammel fil' })
    expect(store.getState().saved[0]).toMatchObject({
      model: { id: 'vestvagoy-2014', version: '2014.1' },
      selection: ['A'],
      overrides: {},
    })
  })

  it('imports a file that fits as it is, with nothing to say', async () => {
    const store = await openTab(freshDb())
    const check = store.getState().checkImport(JSON.stringify(scenarioOf()))
    expect(check.ok && check.changes).toEqual([])
  })
})

describe('where an imported scenario is saved', () => {
  const withId = (id: string) => JSON.stringify({ ...scenarioOf({ name: 'Importert' }), id })

  it('keeps the file’s id when no saved scenario has it', async () => {
    const store = await openTab(freshDb())
    const check = store.getState().checkImport(withId('fra-fil'))
    expect(check.ok && check.file.id).toBe('fra-fil')
  })

  it('saves a file imported twice as a second scenario, never over the first', async () => {
    const store = await openTab(freshDb())
    expect(await store.getState().importText(withId('fra-fil'))).toMatchObject({ ok: true })
    const check = store.getState().checkImport(withId('fra-fil'))
    expect(check.ok && check.file.id).not.toBe('fra-fil')
    if (check.ok) await store.getState().saveImport(check)
    expect(store.getState().saved.map((s) => s.name)).toEqual(['Importert', 'Importert'])
  })

  it('gives a file without an id a new one', async () => {
    const store = await openTab(freshDb())
    const check = store.getState().checkImport(JSON.stringify(scenarioOf()))
    expect(check.ok && check.file.id).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('imports nothing before a model is open', () => {
    const store = createScenarioStore()
    expect(store.getState().checkImport(JSON.stringify(scenarioOf()))).toEqual({
      ok: false,
      problems: [],
    })
  })

  it('says the storage is full, naming the scenario, and saves nothing', async () => {
    const store = await openTab(freshDb())
    const check = store.getState().checkImport(JSON.stringify(scenarioOf({ name: 'For stor' })))
    if (!check.ok) throw new Error('refused')
    vi.spyOn(ScenarioRepository.prototype, 'save').mockRejectedValueOnce(
      new DOMException('quota', 'QuotaExceededError'),
    )
    expect(await store.getState().saveImport(check)).toEqual({ ok: false, problems: [] })
    expect(store.getState().storageIssue).toEqual({ failure: 'full', name: 'For stor' })
    expect(store.getState().saved).toEqual([])
  })
})
