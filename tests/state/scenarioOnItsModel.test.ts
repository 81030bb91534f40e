import { afterEach, describe, expect, it } from 'vitest'
import { closeTabs, freshDb, openTab } from '../builders/tabs'

afterEach(() => closeTabs())

const VESTVAGOY = 'file:vestvagoy-2014.json'

/** A tab with a scenario saved on a copy of Vestvågøy, then Vestvågøy itself open again. */
async function scenarioOnCopy() {
  const tab = await openTab(freshDb())
  const copy = await tab.getState().duplicateModel(VESTVAGOY, 'Vår kommune')
  if (!copy || !tab.getState().switchModel(copy)) throw new Error('the copy did not open')
  tab.getState().setMeasure('K', false)
  await tab.getState().save('På kopien', '')
  const scenario = tab.getState().saved[0]!
  tab.getState().switchModel(VESTVAGOY)
  return { tab, copy, scenario }
}

describe('opening a scenario made on another model', () => {
  it('switches to that model first, then opens the scenario as saved', async () => {
    const { tab, copy, scenario } = await scenarioOnCopy()
    expect(tab.getState().openScenarioOnItsModel(scenario)).toEqual({ ok: true })
    expect(tab.getState().modelKey).toBe(copy)
    expect(tab.getState().model?.id).toBe('vestvagoy-2014-2')
    expect(tab.getState().current).toMatchObject({ id: scenario.id, name: 'På kopien' })
    expect(tab.getState().doc.selection).not.toContain('K')
  })

  it('asks about unsaved work first, and opens both once the user goes on', async () => {
    const { tab, copy, scenario } = await scenarioOnCopy()
    tab.getState().setMeasure('H', false)
    expect(tab.getState().openScenarioOnItsModel(scenario)).toEqual({ ok: true })
    expect(tab.getState().pending).toEqual({ kind: 'model', key: copy, scenario })
    expect(tab.getState().modelKey).toBe(VESTVAGOY)
    expect(tab.getState().doc.selection).not.toContain('H')
    await tab.getState().continuePending()
    expect(tab.getState().modelKey).toBe(copy)
    expect(tab.getState().current.id).toBe(scenario.id)
  })

  it('says which model is missing when it is not in this browser, and changes nothing', async () => {
    const { tab, scenario } = await scenarioOnCopy()
    const elsewhere = { ...scenario, model: { id: 'flakstad-2026', version: '1' } }
    expect(tab.getState().openScenarioOnItsModel(elsewhere)).toEqual({
      ok: false,
      reason: 'missing',
      id: 'flakstad-2026',
    })
    expect(tab.getState().modelKey).toBe(VESTVAGOY)
    expect(tab.getState().current.id).toBeNull()
    expect(tab.getState().refused).toBeNull()
  })

  it('refuses a model with errors by its title', async () => {
    const { tab, scenario } = await scenarioOnCopy()
    tab.getState().newModel()
    tab.getState().changeModel((file) => void (file.title = 'Uferdig'))
    await tab.getState().saveModelEdit()
    const id = tab.getState().modelEdit!.id!
    const onDraft = { ...scenario, model: { id, version: '1' } }
    expect(tab.getState().openScenarioOnItsModel(onDraft)).toEqual({
      ok: false,
      reason: 'broken',
      title: 'Uferdig',
    })
    expect(tab.getState().modelKey).toBe(VESTVAGOY)
  })

  it('opens a scenario on the open model in place', async () => {
    const { tab } = await scenarioOnCopy()
    await tab.getState().save('På Vestvågøy', '')
    const scenario = tab.getState().saved.find((s) => s.name === 'På Vestvågøy')!
    tab.getState().switchModel(VESTVAGOY)
    expect(tab.getState().openScenarioOnItsModel(scenario)).toEqual({ ok: true })
    expect(tab.getState().current.id).toBe(scenario.id)
  })
})
