import { afterEach, describe, expect, it, vi } from 'vitest'
import { createScenarioStore } from '../../src/state/store'
import { vestvagoy } from '../builders/model'
import { closeTabs, freshDb, openTab, settle } from '../builders/tabs'

afterEach(() => {
  closeTabs()
  vi.restoreAllMocks()
})

const quotaFull = () =>
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
  })

describe('what the user is told when storage fails', () => {
  it('offers the newer save when a save is refused, and a later failure does not hide it', async () => {
    const db = freshDb()
    const a = await openTab(db)
    const b = await openTab(db)
    await a.getState().save('Felles', '')
    await settle()
    b.getState().open(b.getState().saved[0]!)
    a.getState().setMeasure('K', false)
    await a.getState().save()
    b.getState().setMeasure('N', false)
    expect(await b.getState().save()).toBe(false)
    expect(b.getState().storageIssue).toEqual({ failure: 'conflict', name: 'Felles' })
    expect(b.getState().conflict).toMatchObject({ name: 'Felles', rev: 2 })

    quotaFull()
    expect(await b.getState().saveAsNew('Kopi', '')).toBe(false)
    expect(b.getState().storageIssue).toEqual({ failure: 'full', name: 'Kopi' })
    expect(b.getState().conflict).toMatchObject({ rev: 2 })
  })

  it('keeps the newer scenario on offer when a model’s rename is then refused', async () => {
    const db = freshDb()
    const a = await openTab(db)
    const b = await openTab(db)
    const key = (await a.getState().duplicateModel('file:vestvagoy-2014.json', 'Vår'))!
    await a.getState().save('Felles', '')
    await settle()
    await b.getState().refreshModels()
    b.getState().open(b.getState().saved[0]!)
    a.getState().setMeasure('K', false)
    await a.getState().save()
    b.getState().setMeasure('N', false)
    expect(await b.getState().save()).toBe(false)

    expect(await a.getState().renameModel(key, 'Nytt navn')).toBe(true)
    expect(await b.getState().renameModel(key, 'Eldre navn')).toBe(false)
    expect(b.getState().storageIssue).toEqual({ failure: 'conflict', name: 'Eldre navn' })
    expect(b.getState().conflict).toMatchObject({ name: 'Felles', rev: 2 })
  })

  it('says storage is unavailable when there is none, without naming the scenario', async () => {
    const store = createScenarioStore()
    store.getState().openModel(vestvagoy())
    expect(await store.getState().save('Uten lager', '')).toBe(false)
    expect(store.getState().storageIssue).toEqual({ failure: 'unavailable' })
  })

  it('keeps saying what went wrong with storage, when there is none to try again', async () => {
    const store = createScenarioStore()
    store.getState().openModel(vestvagoy())
    store.setState({ storageIssue: { failure: 'newerVersion' } })
    expect(await store.getState().save('Uten lager', '')).toBe(false)
    expect(store.getState().storageIssue).toEqual({ failure: 'newerVersion' })
  })
})
