import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ScenarioRepository } from '../../src/state/storage/scenarioRepository'
import { createScenarioStore, type Store } from '../../src/state/store'
import { vestvagoy } from '../builders/model'
import { scenarioOf } from '../builders/scenario'
import { freshDb } from '../builders/tabs'

const model = vestvagoy()
const repositories: ScenarioRepository[] = []

/** A store on the Vestvågøy model with its own saved scenarios, telling `told` what it announces. */
async function library() {
  const store = createScenarioStore()
  store.getState().openModel(model)
  const repository = await ScenarioRepository.open(freshDb())
  repositories.push(repository)
  const told: string[] = []
  store.setState({ announce: (message) => void told.push(message.id) })
  await store.getState().connect(repository)
  return Object.assign(store, { told })
}

/** Saves the work on screen as a new scenario and gives its id. */
async function saveAs(store: Awaited<ReturnType<typeof library>>, name: string) {
  expect(await store.getState().saveAsNew(name, '')).toBe(true)
  return store.getState().current.id!
}

const quotaFull = () => new DOMException('quota', 'QuotaExceededError')

afterEach(() => {
  vi.restoreAllMocks()
  repositories.splice(0).forEach((r) => r.close())
})

describe('what the saved scenarios list shows', () => {
  it('shows nothing saved or published before storage is connected, and no issue', async () => {
    const store = createScenarioStore()
    await store.getState().refresh()
    expect(store.getState()).toMatchObject({ saved: [], published: [], storageIssue: null })
  })

  it('keeps the list it had when storage cannot list the scenarios, and says so', async () => {
    const store = await library()
    await saveAs(store, 'Første')
    const saved = store.getState().saved
    vi.spyOn(ScenarioRepository.prototype, 'list').mockRejectedValue(quotaFull())
    await store.getState().refresh()
    expect(store.getState().saved).toBe(saved)
    expect(store.getState().storageIssue).toEqual({ failure: 'full' })
  })
})

describe('saving, renaming, copying and deleting', () => {
  it('saves nothing before a model is open', async () => {
    const store = createScenarioStore()
    await store.getState().connect(await ScenarioRepository.open(freshDb()))
    expect(await store.getState().save('Plan', '')).toBe(false)
    expect(await store.getState().saveAsNew('Plan', '')).toBe(false)
    expect(store.getState().saved).toEqual([])
  })

  it('saves the scenario on screen with what it was adapted from forgotten', async () => {
    const store = await library()
    store.getState().open(scenarioOf({ selection: ['A', 'ZZ'] }))
    expect(store.getState().current.adapted).not.toEqual([])
    await store.getState().save('Lagret', '')
    expect(store.getState().current).toMatchObject({ name: 'Lagret', adapted: [] })
  })

  it('renames only the scenario named, and the one on screen moves on with it unchanged', async () => {
    const store = await library()
    const first = await saveAs(store, 'Første')
    const second = await saveAs(store, 'Andre')
    expect(await store.getState().rename(first, 'Omdøpt', 'Nytt notat')).toBe(true)
    expect(store.getState().saved.find((s) => s.id === first)?.name).toBe('Omdøpt')
    expect(store.getState().saved.find((s) => s.id === second)?.name).toBe('Andre')
    expect(store.getState().current).toMatchObject({ id: second, name: 'Andre', rev: 1 })

    expect(await store.getState().rename(second, 'Andre omdøpt', 'Notat')).toBe(true)
    expect(store.getState().current).toMatchObject({ name: 'Andre omdøpt', note: 'Notat', rev: 2 })
    expect(store.getState().current.base).toMatchObject({ name: 'Andre omdøpt', note: 'Notat' })
    store.getState().setMeasure('A', false)
    store.getState().undo()
    expect(await store.getState().save()).toBe(true)
    expect(store.getState().current.rev).toBe(3)
  })

  it('copies a published scenario into the saved ones under a new name and id', async () => {
    const store = await library()
    const published = { ...scenarioOf({ name: 'Publisert' }), id: 'pub-1' }
    store.getState().setPublished([published])
    expect(await store.getState().duplicate('pub-1', 'Min kopi')).toBe(true)
    const [copy] = store.getState().saved
    expect(copy).toMatchObject({ name: 'Min kopi', selection: published.selection, rev: 1 })
    expect(copy?.id).not.toBe('pub-1')
    expect(store.told).toEqual([copy?.id])
  })

  it('deletes only the scenario named, takes it out of the comparison, and keeps the one on screen', async () => {
    const store = await library()
    const first = await saveAs(store, 'Første')
    const second = await saveAs(store, 'Andre')
    store.getState().toggleCompare(first)
    store.getState().toggleCompare(second)
    expect(await store.getState().remove(first)).toBe(true)
    expect(store.getState().saved.map((s) => s.id)).toEqual([second])
    expect(store.getState().compare).toEqual([second])
    expect(store.getState().current).toMatchObject({ id: second, rev: 1 })
  })

  it('keeps the deleted scenario on screen as unsaved work', async () => {
    const store = await library()
    const id = await saveAs(store, 'Borte')
    expect(await store.getState().remove(id)).toBe(true)
    expect(store.getState().current).toMatchObject({
      id: null,
      rev: null,
      base: null,
      name: 'Borte',
    })
  })

  it('undoes a delete once', async () => {
    const store = await library()
    const id = await saveAs(store, 'Angret')
    await store.getState().remove(id)
    expect(await store.getState().undoRemove()).toBe(true)
    expect(store.getState().removed).toBeNull()
    expect(await store.getState().undoRemove()).toBe(false)
    expect(store.getState().saved.map((s) => s.id)).toEqual([id])
  })

  it('tells other tabs each scenario it changed', async () => {
    const store = await library()
    const id = await saveAs(store, 'Delt')
    await store.getState().save()
    await store.getState().rename(id, 'Omdøpt', '')
    await store.getState().remove(id)
    await store.getState().undoRemove()
    expect(store.told).toEqual([id, id, id, id, id])
  })

  it.each([
    ['rename', (s: Store, id: string) => s.rename(id, 'Nytt', '')],
    ['duplicate', (s: Store, id: string) => s.duplicate(id, 'Kopi')],
    ['remove', (s: Store, id: string) => s.remove(id)],
  ])('does not %s a scenario that is not saved', async (_what, act) => {
    const store = await library()
    await saveAs(store, 'Finnes')
    const saved = store.getState().saved
    expect(await act(store.getState(), 'finnes-ikke')).toBe(false)
    expect(store.getState().saved).toBe(saved)
    expect(store.getState().storageIssue).toBeNull()
  })

  it('has no delete to undo when nothing was deleted', async () => {
    const store = await library()
    expect(await store.getState().undoRemove()).toBe(false)
  })
})

describe('when storage refuses', () => {
  const refusing = (method: 'save' | 'remove' | 'restore') =>
    vi.spyOn(ScenarioRepository.prototype, method).mockRejectedValueOnce(quotaFull())

  it.each([
    ['a new save', 'save', 'Ny', (s: Store) => s.saveAsNew('Ny', '')],
    ['a save', 'save', 'Lagret', (s: Store) => s.save()],
    ['a rename', 'save', 'Nytt navn', (s: Store, id: string) => s.rename(id, 'Nytt navn', '')],
    ['a copy', 'save', 'Kopi', (s: Store, id: string) => s.duplicate(id, 'Kopi')],
    ['a delete', 'remove', 'Lagret', (s: Store, id: string) => s.remove(id)],
  ] as const)(
    'keeps everything as it was after %s, and says which scenario',
    async (_what, method, name, act) => {
      const store = await library()
      const id = await saveAs(store, 'Lagret')
      store.getState().setMeasure('A', false)
      const { saved, current, doc } = store.getState()
      store.told.length = 0
      refusing(method)
      expect(await act(store.getState(), id)).toBe(false)
      expect(store.getState()).toMatchObject({ saved, current, doc })
      expect(store.getState().storageIssue).toEqual({ failure: 'full', name })
      expect(store.told).toEqual([])
    },
  )

  it('keeps a deleted scenario to undo when bringing it back fails', async () => {
    const store = await library()
    const id = await saveAs(store, 'Angret')
    await store.getState().remove(id)
    refusing('restore')
    expect(await store.getState().undoRemove()).toBe(false)
    expect(store.getState().storageIssue).toEqual({ failure: 'full', name: 'Angret' })
    expect(store.getState().removed?.id).toBe(id)
    expect(await store.getState().undoRemove()).toBe(true)
  })

  it('clears a failed save’s message with the next save that works, and the message can be dismissed', async () => {
    const store = await library()
    refusing('save')
    await store.getState().saveAsNew('Først feil', '')
    expect(store.getState().storageIssue?.failure).toBe('full')
    await store.getState().saveAsNew('Så riktig', '')
    expect(store.getState().storageIssue).toBeNull()

    store.setState({ storageIssue: { failure: 'full' }, refused: { name: 'x', problems: [] } })
    store.getState().dismissStorageIssue()
    expect(store.getState()).toMatchObject({ storageIssue: null, refused: null })
  })

  it.each(['storageReset', 'draftQuarantined'] as const)(
    'keeps saying %s after a save that works',
    async (failure) => {
      const store = await library()
      store.setState({ storageIssue: { failure } })
      await store.getState().saveAsNew('Lagret', '')
      expect(store.getState().storageIssue).toEqual({ failure })
    },
  )
})
