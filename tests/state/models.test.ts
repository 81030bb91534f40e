import { openDB } from 'idb'
import { afterEach, describe, expect, it } from 'vitest'
import { hasUnsavedModelEdits, checkModelDraft } from '../../src/state/modelEditSlice'
import { startPersistence } from '../../src/state/persistence'
import { Database } from '../../src/state/storage/database'
import { createScenarioStore } from '../../src/state/store'
import { closeTabs, freshDb, openTab, settle } from '../builders/tabs'
import { vestvagoyJson } from '../builders/model'

afterEach(() => closeTabs())

const VESTVAGOY = 'file:vestvagoy-2014.json'

/** A tab with a copy of the Vestvågøy model saved as the user's own. */
async function withOwnCopy(db = freshDb()) {
  const tab = await openTab(db)
  const key = await tab.getState().duplicateModel(VESTVAGOY, 'Vår kommune')
  if (!key) throw new Error('the copy was not saved')
  return { tab, key, db }
}

describe('the user’s own models', () => {
  it('keeps a copy under an id of its own, beside the published model', async () => {
    const { tab, key } = await withOwnCopy()
    const own = tab.getState().library.find((m) => m.key === key)!
    expect(own.id).toBe('vestvagoy-2014-2')
    expect(own.title).toBe('Vår kommune')
    expect(own.load.ok).toBe(true)
    expect(tab.getState().library.some((m) => m.key === VESTVAGOY)).toBe(true)
  })

  it('opens the model that was open last time', async () => {
    const { tab, key, db } = await withOwnCopy()
    expect(tab.getState().switchModel(key)).toBe(true)
    await settle()
    const again = await openTab(db)
    expect(again.getState().modelKey).toBe(key)
    expect(again.getState().model?.id).toBe('vestvagoy-2014-2')
  })

  it('opens the published model when the one that was open is gone, or storage cannot be used', async () => {
    const { tab, key, db } = await withOwnCopy()
    tab.getState().switchModel(key)
    await tab.getState().modelRepository!.remove('vestvagoy-2014-2', 1)
    const store = createScenarioStore()
    await startPersistence(store, { tab: 'ny', target: null, open: (e) => Database.open(db, e) })
    expect(store.getState().modelKey).toBe(VESTVAGOY)
    const offline = createScenarioStore()
    await startPersistence(offline, {
      tab: 'uten',
      target: null,
      open: () => Promise.reject(new Error('nei')),
    })
    expect(offline.getState().modelKey).toBe(VESTVAGOY)
    expect(offline.getState().model?.id).toBe('vestvagoy-2014')
  })

  it('asks before another model replaces unsaved work', async () => {
    const { tab, key } = await withOwnCopy()
    tab.getState().setMeasure('K', false)
    expect(tab.getState().openLibraryModel(key)).toBe(false)
    expect(tab.getState().pending).toEqual({ kind: 'model', key })
    expect(tab.getState().doc.selection).not.toContain('K')
    await tab.getState().continuePending()
    expect(tab.getState().modelKey).toBe(key)
    expect(tab.getState().doc.selection).toContain('K')
  })

  it('imports a model file, giving it a new id when the id is taken, and refuses other files', async () => {
    const tab = await openTab(freshDb())
    const text = JSON.stringify(vestvagoyJson())
    const first = await tab.getState().importModel(text)
    expect(first).toEqual({ ok: true, key: 'own:vestvagoy-2014-2', renamedFrom: 'vestvagoy-2014' })
    expect(await tab.getState().importModel('{"format":"omstilling.scenario"}')).toEqual({
      ok: false,
      problems: [{ code: 'notModelFile' }],
    })
    const broken = await tab.getState().importModel('{"a":')
    expect(broken.ok).toBe(false)
    expect(tab.getState().library.filter((m) => m.source === 'own')).toHaveLength(1)
  })

  it('deletes a model that is not open, with undo; the open one stays', async () => {
    const { tab, key } = await withOwnCopy()
    expect(await tab.getState().removeModel(key)).toBe(true)
    expect(tab.getState().library.some((m) => m.key === key)).toBe(false)
    expect(await tab.getState().undoRemoveModel()).toBe(true)
    expect(tab.getState().library.some((m) => m.key === key)).toBe(true)
    tab.getState().switchModel(key)
    expect(await tab.getState().removeModel(key)).toBe(false)
  })

  it('renames a model, and refuses a rename based on another tab’s older copy', async () => {
    const { tab, key, db } = await withOwnCopy()
    const other = await openTab(db)
    expect(await tab.getState().renameModel(key, 'Nytt navn')).toBe(true)
    expect(await other.getState().renameModel(key, 'Eldre navn')).toBe(false)
    expect(other.getState().storageIssue?.failure).toBe('conflict')
    await other.getState().refreshModels()
    expect(other.getState().library.find((m) => m.key === key)?.title).toBe('Nytt navn')
  })

  it('lists every readable model when one stored record is damaged', async () => {
    const { db } = await withOwnCopy()
    const raw = await openDB(db)
    await raw.put('models', 12, 'broken')
    raw.close()
    const tab = await openTab(db)
    expect(tab.getState().library.filter((m) => m.source === 'own')).toHaveLength(1)
    expect(tab.getState().unreadableModels.map((u) => u.id)).toEqual(['broken'])
  })

  it('keeps the scenarios saved before models were kept in the same database', async () => {
    const elsewhere = await openTab(freshDb())
    await elsewhere.getState().save('Fra før', '')
    const record = await elsewhere.getState().repository!.raw(elsewhere.getState().current.id!)
    const db = freshDb()
    const old = await openDB(db, 1, {
      upgrade(database) {
        for (const store of ['scenarios', 'trash', 'drafts']) database.createObjectStore(store)
        database.createObjectStore('quarantine', { autoIncrement: true })
      },
    })
    await old.put('scenarios' as never, record, (record as { id: string }).id)
    old.close()
    const tab = await openTab(db)
    expect(tab.getState().saved.map((s) => s.name)).toEqual(['Fra før'])
    expect(await tab.getState().duplicateModel(VESTVAGOY, 'Ny')).toBe('own:vestvagoy-2014-2')
  })
})

describe('editing a model', () => {
  it('starts from a blank template with next year’s four-year plan, and says what is missing', async () => {
    const tab = await openTab(freshDb())
    tab.getState().newModel(new Date('2026-11-24T12:00:00Z'))
    const file = tab.getState().modelEdit!.file
    expect(file.planYears).toEqual([2027, 2028, 2029, 2030])
    expect(file.baseYear).toBe(2026)
    expect((file.kostraFunctions as { code: string }[]).map((f) => f.code)).toEqual([
      '213',
      '242',
      '243',
      '252',
      '273',
      '275',
      '276',
      '281',
      '283',
      '850',
    ])
    const check = checkModelDraft(file)
    expect(check.ok).toBe(false)
    if (!check.ok)
      expect(check.problems.map((p) => ('path' in p ? p.path.join('.') : ''))).toContain('measures')
  })

  it('saves a model with errors as a draft, and opens no scenario on it', async () => {
    const tab = await openTab(freshDb())
    tab.getState().newModel()
    expect(await tab.getState().saveModelEdit()).toBe(true)
    const key = `own:${tab.getState().modelEdit!.id}`
    expect(tab.getState().library.find((m) => m.key === key)?.load.ok).toBe(false)
    expect(tab.getState().switchModel(key)).toBe(false)
  })

  it('undoes and redoes edits, typing in one field being one step', () => {
    return openTab(freshDb()).then((tab) => {
      tab.getState().editModel(VESTVAGOY)
      const s = tab.getState
      s().changeModel((f) => void (f.title = 'V'), 'title')
      s().changeModel((f) => void (f.title = 'Ve'), 'title')
      s().sealModelEdit()
      s().changeModel((f) => void (f.priceBasis = 'faste 2014-kroner'))
      s().undoModelEdit()
      expect(s().modelEdit!.file.title).toBe('Ve')
      expect(s().modelEdit!.file.priceBasis).toBeUndefined()
      s().undoModelEdit()
      expect(s().modelEdit!.file.title).toBe(vestvagoyJson().title)
      s().redoModelEdit()
      expect(s().modelEdit!.file.title).toBe('Ve')
      expect(hasUnsavedModelEdits(s().modelEdit)).toBe(true)
    })
  })

  it('gives a changed model a new version once scenarios were made on it, and keeps the old one', async () => {
    const { tab, key } = await withOwnCopy()
    tab.getState().switchModel(key)
    await tab.getState().save('På versjon 1', '')
    tab.getState().editModel(key)
    const before = String(tab.getState().modelEdit!.file.version)
    tab.getState().changeModel((f) => void (f.priceBasis = 'faste 2015-kroner'))
    expect(await tab.getState().saveModelEdit()).toBe(true)
    const after = String(tab.getState().modelEdit!.file.version)
    expect(after).not.toBe(before)
    expect(tab.getState().model?.version).toBe(after)
    const kept = (await tab.getState().modelRepository!.version('vestvagoy-2014-2', before)) as {
      priceBasis?: string
    }
    expect(kept.priceBasis).toBeUndefined()
    // Without new scenarios on it, the next change keeps the version.
    tab.getState().changeModel((f) => void (f.priceBasis = 'faste 2016-kroner'))
    await tab.getState().saveModelEdit()
    expect(tab.getState().modelEdit!.file.version).toBe(after)
  })

  it('keeps unsaved edits of a model over a reload', async () => {
    const db = freshDb()
    const tab = await openTab(db, { tab: 'samme-fane' })
    tab.getState().editModel(VESTVAGOY)
    tab.getState().changeModel((f) => void (f.title = 'Halvferdig'))
    await settle()
    closeTabs()
    const again = await openTab(db, { tab: 'samme-fane' })
    expect(again.getState().modelEdit?.file.title).toBe('Halvferdig')
    expect(hasUnsavedModelEdits(again.getState().modelEdit)).toBe(true)
  })
})
