import { afterEach, describe, expect, it } from 'vitest'
import { loadModel } from '../../src/model/load/validateModel'
import { bundledModel } from '../../src/state/library'
import { hasUnsavedModelEdits } from '../../src/state/modelEditSlice'
import { createScenarioStore } from '../../src/state/store'
import { startPersistence } from '../../src/state/persistence'
import { vestvagoy, vestvagoyJson } from '../builders/model'
import { closeTabs, freshDb, openTab } from '../builders/tabs'

afterEach(() => closeTabs())

const VESTVAGOY = 'file:vestvagoy-2014.json'
const OWN = 'own:vestvagoy-2014-2'

type Measures = { id: string; title: string }[]

/** A tab with a copy of Vestvågøy kept as the user's own (id vestvagoy-2014-2). */
async function withOwnCopy(db = freshDb()) {
  const tab = await openTab(db)
  expect(await tab.getState().duplicateModel(VESTVAGOY, 'Vår kommune')).toBe(OWN)
  return tab
}

describe('opening a model in the editor', () => {
  it('edits a published model as an unsaved copy under an id of its own', async () => {
    const tab = await openTab(freshDb())
    tab.getState().editModel(VESTVAGOY)
    const edit = tab.getState().modelEdit!
    expect(edit).toMatchObject({ id: null, rev: null, savedFile: null })
    expect(edit.file).toEqual({ ...vestvagoyJson(), id: 'vestvagoy-2014-2' })
    expect(hasUnsavedModelEdits(edit)).toBe(true)
    expect(await tab.getState().saveModelEdit()).toBe(true)
    expect(tab.getState().modelEdit).toMatchObject({ id: 'vestvagoy-2014-2', rev: 1 })
    expect(tab.getState().library.find((m) => m.key === VESTVAGOY)?.file).toEqual(vestvagoyJson())
  })

  it('edits the user’s own model in place, with nothing unsaved until a change', async () => {
    const tab = await withOwnCopy()
    tab.getState().editModel(OWN)
    const edit = tab.getState().modelEdit!
    expect(edit).toMatchObject({ id: 'vestvagoy-2014-2', rev: 1 })
    expect(edit.file.title).toBe('Vår kommune')
    expect(hasUnsavedModelEdits(edit)).toBe(false)
    tab.getState().changeModel((file) => void (file.title = 'Endret'))
    expect(hasUnsavedModelEdits(tab.getState().modelEdit)).toBe(true)
  })

  it('opens nothing for a model that is not in the library', async () => {
    const tab = await openTab(freshDb())
    tab.getState().editModel('own:finnes-ikke')
    expect(tab.getState().modelEdit).toBeNull()
  })

  it('gives each new model an id no other model has', async () => {
    const tab = await openTab(freshDb())
    tab.getState().newModel()
    expect(tab.getState().modelEdit).toMatchObject({ id: null, rev: null, savedFile: null })
    expect(tab.getState().modelEdit!.file.id).toBe('ny-modell')
    expect(hasUnsavedModelEdits(tab.getState().modelEdit)).toBe(true)
    await tab.getState().saveModelEdit()
    tab.getState().newModel()
    expect(tab.getState().modelEdit!.file.id).toBe('ny-modell-2')
  })

  it('does nothing to edit, undo, redo or save while no model is open in the editor', async () => {
    const tab = await openTab(freshDb())
    tab.getState().changeModel((file) => void (file.title = 'x'))
    tab.getState().sealModelEdit()
    tab.getState().undoModelEdit()
    tab.getState().redoModelEdit()
    expect(tab.getState().modelEdit).toBeNull()
    expect(await tab.getState().saveModelEdit()).toBe(false)
    expect(hasUnsavedModelEdits(null)).toBe(false)
  })

  it('leaves the editor on close', async () => {
    const tab = await openTab(freshDb())
    tab.getState().newModel()
    tab.getState().closeModelEdit()
    expect(tab.getState().modelEdit).toBeNull()
  })
})

describe('saving a model being edited', () => {
  it('keeps undo over a save, and an undone save is an unsaved edit again', async () => {
    const tab = await withOwnCopy()
    tab.getState().editModel(OWN)
    tab.getState().changeModel((file) => void (file.title = 'Endret'))
    expect(await tab.getState().saveModelEdit()).toBe(true)
    expect(tab.getState().modelEdit).toMatchObject({ id: 'vestvagoy-2014-2', rev: 2 })
    expect(hasUnsavedModelEdits(tab.getState().modelEdit)).toBe(false)
    expect(tab.getState().library.find((m) => m.key === OWN)?.title).toBe('Endret')
    tab.getState().undoModelEdit()
    expect(tab.getState().modelEdit!.file.title).toBe('Vår kommune')
    expect(hasUnsavedModelEdits(tab.getState().modelEdit)).toBe(true)
  })

  it('saves a model whose id was cleared under an id of its own', async () => {
    const tab = await openTab(freshDb())
    tab.getState().newModel()
    tab.getState().changeModel((file) => void (file.id = ''))
    expect(await tab.getState().saveModelEdit()).toBe(true)
    expect(tab.getState().modelEdit).toMatchObject({ id: 'modell', file: { id: 'modell' } })
    tab.getState().newModel()
    tab.getState().changeModel((file) => void (file.id = 7))
    expect(await tab.getState().saveModelEdit()).toBe(true)
    expect(tab.getState().modelEdit).toMatchObject({ id: 'modell-2', file: { id: 'modell-2' } })
  })

  it('keeps a saved model under its id when the id in the file is changed', async () => {
    const tab = await withOwnCopy()
    tab.getState().editModel(OWN)
    tab.getState().changeModel((file) => void (file.id = 'annen'))
    expect(await tab.getState().saveModelEdit()).toBe(true)
    expect(tab.getState().modelEdit).toMatchObject({ id: 'vestvagoy-2014-2', rev: 2 })
    expect(tab.getState().modelEdit!.file.id).toBe('vestvagoy-2014-2')
  })

  it('refuses a save over another tab’s newer one, naming the model and keeping the edits', async () => {
    const db = freshDb()
    const tab = await withOwnCopy(db)
    const other = await openTab(db)
    tab.getState().editModel(OWN)
    other.getState().editModel(OWN)
    other.getState().changeModel((file) => void (file.title = 'Fra den andre fanen'))
    expect(await other.getState().saveModelEdit()).toBe(true)
    tab.getState().changeModel((file) => void (file.title = 'Herfra'))
    expect(await tab.getState().saveModelEdit()).toBe(false)
    expect(tab.getState().storageIssue).toEqual({ failure: 'conflict', name: 'Herfra' })
    expect(tab.getState().modelEdit).toMatchObject({ rev: 1, file: { title: 'Herfra' } })
    expect(hasUnsavedModelEdits(tab.getState().modelEdit)).toBe(true)
  })

  it('names a model without a title by its id when the save fails', async () => {
    const db = freshDb()
    const tab = await withOwnCopy(db)
    const other = await openTab(db)
    tab.getState().editModel(OWN)
    other.getState().editModel(OWN)
    await other.getState().saveModelEdit()
    tab.getState().changeModel((file) => void delete file.title)
    expect(await tab.getState().saveModelEdit()).toBe(false)
    expect(tab.getState().storageIssue).toEqual({ failure: 'conflict', name: 'vestvagoy-2014-2' })
  })

  it('says storage cannot be used, and keeps the edits, when there is none', async () => {
    const store = createScenarioStore()
    store.getState().openModel(vestvagoy())
    const stop = await startPersistence(store, {
      tab: 'uten-lagring',
      target: null,
      open: () => Promise.reject(new Error('ingen IndexedDB')),
    })
    store.getState().editModel(VESTVAGOY)
    store.getState().changeModel((file) => void (file.title = 'Ulagret'))
    expect(await store.getState().saveModelEdit()).toBe(false)
    expect(store.getState().storageIssue).not.toBeNull()
    expect(store.getState().modelEdit?.file.title).toBe('Ulagret')
    stop()
  })
})

describe('a saved model that is open in the scenario editor', () => {
  it('is replaced there at once, keeping the choices that still apply', async () => {
    const tab = await withOwnCopy()
    expect(tab.getState().switchModel(OWN)).toBe(true)
    tab.getState().setMeasure('K', false)
    tab.getState().setMeasure('V', true)
    tab.getState().editModel(OWN)
    tab.getState().changeModel((file) => {
      const measures = file.measures as Measures
      measures.find((m) => m.id === 'H')!.title = 'Nytt navn'
      file.measures = measures.filter((m) => m.id !== 'V')
    })
    expect(await tab.getState().saveModelEdit()).toBe(true)
    const model = tab.getState().model!
    expect(model.measures.find((m) => m.id === 'H')?.title).toBe('Nytt navn')
    expect(model.measures.some((m) => m.id === 'V')).toBe(false)
    expect(tab.getState().doc.selection).not.toContain('K')
    expect(tab.getState().doc.selection).not.toContain('V')
    expect(tab.getState().doc.selection).toContain('H')
  })

  it('stays as it was when another model is saved', async () => {
    const tab = await withOwnCopy()
    const before = tab.getState().model
    tab.getState().editModel(OWN)
    tab.getState().changeModel((file) => void (file.title = 'Endret'))
    expect(await tab.getState().saveModelEdit()).toBe(true)
    expect(tab.getState().modelKey).toBe(VESTVAGOY)
    expect(tab.getState().model).toBe(before)
  })

  it('stays as it was when the model is saved with errors', async () => {
    const tab = await withOwnCopy()
    tab.getState().switchModel(OWN)
    const before = tab.getState().model
    tab.getState().editModel(OWN)
    tab.getState().changeModel((file) => void (file.measures = []))
    expect(await tab.getState().saveModelEdit()).toBe(true)
    expect(tab.getState().model).toBe(before)
  })
})

describe('bringing back the editor after a reload', () => {
  it('tells unsaved edits from a copy of the saved file, and starts a new undo history', async () => {
    const tab = await openTab(freshDb())
    const file = { id: 'egen', title: 'Lagret' }
    tab.getState().restoreModelEdit({ id: 'egen', rev: 2, file, savedFile: { ...file } })
    expect(hasUnsavedModelEdits(tab.getState().modelEdit)).toBe(false)
    tab
      .getState()
      .restoreModelEdit({ id: 'egen', rev: 2, file, savedFile: { ...file, title: 'x' } })
    expect(hasUnsavedModelEdits(tab.getState().modelEdit)).toBe(true)
    tab.getState().undoModelEdit()
    expect(tab.getState().modelEdit).toMatchObject({ id: 'egen', rev: 2, file })
  })
})

describe('the version kept for scenarios made on a model', () => {
  /** The own copy open, with a scenario saved on its version 2014.1, and open in the editor. */
  async function scenarioOnFirstVersion() {
    const tab = await withOwnCopy()
    tab.getState().switchModel(OWN)
    await tab.getState().save('På versjon 1', '')
    tab.getState().editModel(OWN)
    return tab
  }

  const kept = (tab: Awaited<ReturnType<typeof openTab>>, version: string) =>
    tab.getState().modelRepository!.version('vestvagoy-2014-2', version)

  it('is kept when the user gives the changed model a version of their own', async () => {
    const tab = await scenarioOnFirstVersion()
    tab.getState().changeModel((file) => {
      file.version = '2026-1'
      file.priceBasis = 'faste 2015-kroner'
    })
    expect(await tab.getState().saveModelEdit()).toBe(true)
    expect(tab.getState().modelEdit!.file.version).toBe('2026-1')
    const first = (await kept(tab, '2014.1')) as Record<string, unknown> | undefined
    expect(first).toMatchObject({ version: '2014.1', title: 'Vår kommune' })
    expect(first?.priceBasis).toBeUndefined()
  })

  it('is not made for a model no scenario was made on, nor for a copy of another', async () => {
    const tab = await withOwnCopy()
    await tab.getState().save('På Vestvågøy', '')
    tab.getState().editModel(OWN)
    tab.getState().changeModel((file) => void (file.priceBasis = 'faste 2015-kroner'))
    expect(await tab.getState().saveModelEdit()).toBe(true)
    expect(tab.getState().modelEdit!.file.version).toBe('2014.1')
    expect(await kept(tab, '2014.1')).toBeUndefined()
  })

  it('must be kept for the model to be saved', async () => {
    const tab = await scenarioOnFirstVersion()
    tab.getState().changeModel((file) => void (file.priceBasis = 'faste 2015-kroner'))
    await tab.getState().saveModelEdit()
    expect(tab.getState().modelEdit!.file.version).toBe('2014.2')
    const repository = tab.getState().modelRepository!
    repository.keepVersion = () => Promise.reject(new Error('full'))
    await tab.getState().save('På versjon 2', '')
    tab.getState().changeModel((file) => void (file.priceBasis = 'faste 2016-kroner'))
    expect(await tab.getState().saveModelEdit()).toBe(false)
    expect(tab.getState().modelEdit).toMatchObject({ rev: 2, file: { version: '2014.2' } })
    expect(hasUnsavedModelEdits(tab.getState().modelEdit)).toBe(true)
  })
})

describe('leaving the editor', () => {
  it('stays left when a save started before finishes after', async () => {
    const tab = await withOwnCopy()
    tab.getState().editModel(OWN)
    tab.getState().changeModel((file) => void (file.title = 'Endret'))
    const saving = tab.getState().saveModelEdit()
    tab.getState().closeModelEdit()
    expect(await saving).toBe(true)
    expect(tab.getState().modelEdit).toBeNull()
    expect(tab.getState().library.find((m) => m.key === OWN)?.title).toBe('Endret')
  })

  it('cannot open a published file that is not JSON', async () => {
    const tab = await openTab(freshDb())
    const broken = bundledModel({ name: 'ødelagt.json', parsed: undefined, load: loadModel('{') })
    tab.setState({ library: [...tab.getState().library, broken] })
    tab.getState().editModel(broken.key)
    expect(tab.getState().modelEdit).toBeNull()
  })
})
