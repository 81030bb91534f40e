import { afterEach, describe, expect, it } from 'vitest'
import { closeTabs, freshDb, openTab, settle } from '../builders/tabs'

afterEach(() => closeTabs())

type Drivers = { id: string; drivers: { id: string; inputs: Record<string, string> }[] }[]

/**
 * A scenario saved on the user's own model, then the model changed in the editor: D's refund rate
 * 80 % → 90 % and V removed. Saving gives the model a new version and keeps the old one.
 */
async function scenarioOnOlderVersion() {
  const tab = await openTab(freshDb())
  const key = await tab.getState().duplicateModel('file:vestvagoy-2014.json', 'Vår kommune')
  if (!key || !tab.getState().switchModel(key)) throw new Error('the own model did not open')
  tab.getState().setMeasure('D', true)
  tab.getState().setMeasure('V', true)
  await tab.getState().save('På gammel versjon', '')
  const saved = tab.getState().saved[0]!
  tab.getState().editModel(key)
  tab.getState().changeModel((file) => {
    const measures = file.measures as Drivers
    measures.find((m) => m.id === 'D')!.drivers[0]!.inputs.refundRate = '0.9'
    file.measures = measures.filter((m) => m.id !== 'V')
  })
  expect(await tab.getState().saveModelEdit()).toBe(true)
  tab.getState().closeModelEdit()
  tab.getState().openModel(tab.getState().model!)
  return { tab, saved }
}

describe('a scenario opened on a newer version of its model', () => {
  it('says what changed before anything is counted', async () => {
    const { tab, saved } = await scenarioOnOlderVersion()
    expect(tab.getState().model?.version).not.toBe(saved.model.version)
    const before = tab.getState().doc
    expect(tab.getState().open(saved)).toBe(false)
    await settle()
    const notice = tab.getState().modelChanged
    expect(notice?.scenario).toEqual(saved)
    expect(notice?.changes?.removed.map((m) => m.id)).toEqual(['V'])
    expect(notice?.changes?.inputs).toEqual([
      expect.objectContaining({ measure: 'D', input: 'refundRate', from: '0.8', to: '0.9' }),
    ])
    // Nothing on screen has changed yet.
    expect(tab.getState().doc).toBe(before)
    expect(tab.getState().current.name).toBe('')
  })

  it('opens on the new version when the user says so, and says what was left out', async () => {
    const { tab, saved } = await scenarioOnOlderVersion()
    tab.getState().open(saved)
    await settle()
    expect(tab.getState().openOnNewVersion()).toBe(true)
    expect(tab.getState().modelChanged).toBeNull()
    expect(tab.getState().current.name).toBe('På gammel versjon')
    expect(tab.getState().doc.selection).toContain('D')
    expect(tab.getState().doc.selection).not.toContain('V')
    expect(tab.getState().current.adapted.map((p) => p.code)).toEqual([
      'modelVersionChanged',
      'measuresNotInModel',
    ])
    // Opened as a new scenario: saving does not overwrite the one made on the old version.
    expect(tab.getState().current.id).toBeNull()
  })

  it('leaves everything as it was when the user cancels', async () => {
    const { tab, saved } = await scenarioOnOlderVersion()
    const before = tab.getState().current
    tab.getState().open(saved)
    await settle()
    tab.getState().cancelModelChanged()
    expect(tab.getState().modelChanged).toBeNull()
    expect(tab.getState().current).toBe(before)
  })

  it('says the differences cannot be shown when the old version is not kept', async () => {
    const { tab, saved } = await scenarioOnOlderVersion()
    const lost = { ...saved, model: { ...saved.model, version: 'aldri-lagret' } }
    tab.getState().open(lost)
    await settle()
    expect(tab.getState().modelChanged).toEqual({ scenario: lost, changes: null })
  })

  it('opens a scenario on the same version at once', async () => {
    const { tab } = await scenarioOnOlderVersion()
    await tab.getState().save('På ny versjon', '')
    const current = tab.getState().saved.find((s) => s.name === 'På ny versjon')!
    tab.getState().openModel(tab.getState().model!)
    expect(tab.getState().open(current)).toBe(true)
    expect(tab.getState().modelChanged).toBeNull()
  })
})
