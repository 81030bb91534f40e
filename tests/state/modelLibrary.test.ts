import { openDB } from 'idb'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { readBundledFiles } from '../../src/state/readBundledFiles'
import { defaultModelKey } from '../../src/state/modelsSlice'
import { createScenarioStore } from '../../src/state/store'
import { vestvagoyJson } from '../builders/model'
import { scenarioOf } from '../builders/scenario'
import { closeTabs, freshDb, openTab, settle } from '../builders/tabs'

afterEach(() => {
  closeTabs()
  vi.restoreAllMocks()
})

const VESTVAGOY = 'file:vestvagoy-2014.json'

const quotaFull = () =>
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
  })

describe('adding models to the library', () => {
  it.each([
    ['has no id', {}, 'own:modell'],
    ['has an empty id', { id: '' }, 'own:modell'],
    ['has an id that is not text', { id: 7 }, 'own:modell'],
    ['has an id of its own', { id: 'flakstad' }, 'own:flakstad'],
  ])('keeps a model that %s under a free id', async (_, fields, key) => {
    const tab = await openTab(freshDb())
    expect(await tab.getState().addModel({ format: 'omstilling.model', ...fields })).toBe(key)
    expect(tab.getState().library.map((m) => m.key)).toContain(key)
  })

  it('imports a model whose id is free under that id, saying nothing was renamed', async () => {
    const tab = await openTab(freshDb())
    const text = JSON.stringify({ ...vestvagoyJson(), id: 'flakstad' })
    expect(await tab.getState().importModel(text)).toEqual({
      ok: true,
      key: 'own:flakstad',
      renamedFrom: null,
    })
  })

  it('refuses a file that is JSON but not an object, as not a model file', async () => {
    const tab = await openTab(freshDb())
    for (const text of ['[1]', '"omstilling.model"', 'null'])
      expect(await tab.getState().importModel(text)).toEqual({
        ok: false,
        problems: [{ code: 'notModelFile' }],
      })
  })

  it('keeps nothing, and says why, when the storage is full', async () => {
    const tab = await openTab(freshDb())
    quotaFull()
    const text = JSON.stringify(vestvagoyJson())
    expect(await tab.getState().importModel(text)).toEqual({ ok: false, problems: [] })
    expect(await tab.getState().addModel({ id: 'ny' })).toBeNull()
    expect(await tab.getState().duplicateModel(VESTVAGOY, 'Kopi')).toBeNull()
    expect(tab.getState().storageIssue).toEqual({ failure: 'full' })
    expect(tab.getState().library.filter((m) => m.source === 'own')).toEqual([])
  })

  it('copies nothing from a model that is not in the library, or is not an object', async () => {
    const tab = await openTab(freshDb())
    expect(await tab.getState().duplicateModel('file:none.json', 'Kopi')).toBeNull()
    tab.setState({
      library: [...tab.getState().library, { ...tab.getState().library[0]!, key: 'x', file: [] }],
    })
    expect(await tab.getState().duplicateModel('x', 'Kopi')).toBeNull()
    expect(tab.getState().storageIssue).toBeNull()
  })
})

describe('changing the user’s own models', () => {
  it('renames, deletes and restores only what is there', async () => {
    const tab = await openTab(freshDb())
    expect(await tab.getState().renameModel('own:none', 'Navn')).toBe(false)
    expect(await tab.getState().renameModel(VESTVAGOY, 'Navn')).toBe(false)
    expect(await tab.getState().removeModel('own:none')).toBe(false)
    expect(await tab.getState().undoRemoveModel()).toBe(false)
    expect(tab.getState().storageIssue).toBeNull()
  })

  it('keeps the model, and says why, when a delete or its undo fails', async () => {
    const tab = await openTab(freshDb())
    const key = (await tab.getState().duplicateModel(VESTVAGOY, 'Kopi'))!
    quotaFull()
    expect(await tab.getState().removeModel(key)).toBe(false)
    expect(tab.getState().removedModel).toBeNull()
    expect(tab.getState().library.map((m) => m.key)).toContain(key)
    vi.restoreAllMocks()

    expect(await tab.getState().removeModel(key)).toBe(true)
    const removed = tab.getState().removedModel
    expect(removed?.id).toBe('vestvagoy-2014-2')
    quotaFull()
    expect(await tab.getState().undoRemoveModel()).toBe(false)
    expect(tab.getState().removedModel).toBe(removed)
    expect(tab.getState().storageIssue).toEqual({ failure: 'full' })
  })

  it('shows a model renamed in another tab once the list is read again', async () => {
    const db = freshDb()
    const tab = await openTab(db)
    const key = (await tab.getState().duplicateModel(VESTVAGOY, 'Kopi'))!
    const other = await openTab(db)
    await other.getState().renameModel(key, 'Nytt navn')
    await tab.getState().refreshModels()
    expect(tab.getState().library.find((m) => m.key === key)?.title).toBe('Nytt navn')
  })
})

describe('opening models', () => {
  it('opens nothing for a model that does not load, and remembers nothing', async () => {
    const db = freshDb()
    const tab = await openTab(db)
    const key = (await tab.getState().addModel({ format: 'omstilling.model', id: 'utkast' }))!
    const model = tab.getState().model
    expect(tab.getState().switchModel(key)).toBe(false)
    expect(tab.getState().switchModel('file:none.json')).toBe(false)
    expect(tab.getState().modelKey).toBe(VESTVAGOY)
    expect(tab.getState().model).toBe(model)
    const raw = await openDB(db)
    expect(await raw.get('settings', 'openModel')).not.toBe(key)
    raw.close()
  })

  it('opens Vestvågøy when the model open last time no longer loads', async () => {
    const db = freshDb()
    const tab = await openTab(db)
    const key = (await tab.getState().addModel({ format: 'omstilling.model', id: 'utkast' }))!
    await tab.getState().modelRepository!.putSetting('openModel', key)
    const again = await openTab(db)
    expect(again.getState().modelKey).toBe(VESTVAGOY)
  })

  it('opens a scenario at once on the model already open', async () => {
    const tab = await openTab(freshDb())
    expect(tab.getState().openLibraryModel(VESTVAGOY)).toBe(true)
    expect(tab.getState().openLibraryModel(VESTVAGOY, scenarioOf({ name: 'Her' }))).toBe(true)
    expect(tab.getState().current.name).toBe('Her')
  })

  it('opens another model with a scenario on it when nothing is unsaved', async () => {
    const tab = await openTab(freshDb())
    const key = (await tab.getState().duplicateModel(VESTVAGOY, 'Kopi'))!
    const scenario = scenarioOf({
      name: 'På kopien',
      model: { id: 'vestvagoy-2014-2', version: '2014.1' },
    })
    expect(tab.getState().openLibraryModel(key, scenario)).toBe(true)
    expect(tab.getState().modelKey).toBe(key)
    expect(tab.getState().current.name).toBe('På kopien')
    await settle()
  })

  it('has no model for a new user when no published model file is there', () => {
    expect(defaultModelKey([])).toBeNull()
    const { models } = readBundledFiles({ 'a.json': '{' })
    expect(defaultModelKey(models)).toBe('file:a.json')
  })

  it('lists the published models alone, without storage', async () => {
    const store = createScenarioStore()
    await store.getState().connectModels(null)
    expect(store.getState().library.map((m) => m.source)).toEqual(
      store.getState().bundledModels.map(() => 'bundled'),
    )
    expect(store.getState().modelKey).toBe(VESTVAGOY)
    expect(store.getState().storageIssue).toBeNull()
  })
})
