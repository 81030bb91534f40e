import { afterEach, describe, expect, it } from 'vitest'
import { problemText } from '../../src/i18n/problemText'
import { scenarioOf } from '../builders/scenario'
import { closeTabs, freshDb, openTab } from '../builders/tabs'

afterEach(closeTabs)

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
