import 'fake-indexeddb/auto'
import { openDB } from 'idb'
import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { evaluate } from '../../src/model/engine/evaluate'
import { isError } from '../../src/model/problems'
import { readScenario } from '../../src/model/scenario/readScenario'
import { problemText } from '../../src/i18n/problemText'
import { scenarioFileOf } from '../../src/state/currentScenario'
import type { PersistenceOptions } from '../../src/state/persistence'
import { ScenarioRepository } from '../../src/state/storage/scenarioRepository'
import { propertyRuns } from '../builders/fastCheck'
import { vestvagoy } from '../builders/model'
import { BUILT_IN_NAMES } from '../builders/renameIds'
import { scenarioOf } from '../builders/scenario'
import { closeTabs, freshDb, openTab, settle } from '../builders/tabs'

const model = vestvagoy()

/** A tab on a named database, by default with a tab id of its own. */
const tab = (db: string, name?: string, open?: PersistenceOptions['open']) =>
  openTab(db, { ...(name !== undefined && { tab: name }), ...(open && { open }) })

afterEach(() => {
  closeTabs()
  vi.restoreAllMocks()
})

describe('saving, listing and opening scenarios', () => {
  it('gives back the same scenario after a reload', async () => {
    const db = freshDb()
    const first = await tab(db)
    first.getState().setMeasure('B2', true)
    first.getState().setOverride('D.groupHomes.refundRate', '0.9')
    expect(await first.getState().save('Med B2', 'Notat <img src=x onerror=alert(1)>')).toBe(true)
    const saved = first.getState().saved[0]!
    expect(first.getState().current).toMatchObject({ id: saved.id, rev: 1, name: 'Med B2' })

    const reloaded = await tab(db)
    expect(reloaded.getState().saved).toEqual([saved])
    reloaded.getState().open(saved)
    expect([...reloaded.getState().doc.selection].sort()).toEqual(
      [...first.getState().doc.selection].sort(),
    )
    expect(reloaded.getState().doc.overrides).toEqual({ 'D.groupHomes.refundRate': '0.9' })
    expect(reloaded.getState().current.note).toBe('Notat <img src=x onerror=alert(1)>')
    expect(reloaded.getState().history.past).toEqual([])
  })

  it('renames, duplicates, deletes and undoes a delete', async () => {
    const store = await tab(freshDb())
    await store.getState().save('Original', '')
    const id = store.getState().saved[0]!.id
    expect(await store.getState().rename(id, 'Nytt navn', 'Nytt notat')).toBe(true)
    expect(await store.getState().duplicate(id, 'Kopi')).toBe(true)
    expect(
      store
        .getState()
        .saved.map((s) => s.name)
        .sort(),
    ).toEqual(['Kopi', 'Nytt navn'])
    const before = store.getState().saved.find((s) => s.id === id)
    expect(await store.getState().remove(id)).toBe(true)
    expect(store.getState().saved.map((s) => s.name)).toEqual(['Kopi'])
    expect(await store.getState().undoRemove()).toBe(true)
    expect(store.getState().saved.find((s) => s.id === id)).toEqual(before)
  })

  it('keeps unsaved changes as a draft across a reload, and the reload is not an undo step', async () => {
    const db = freshDb()
    const first = await tab(db, 'same-tab')
    first.getState().setMeasure('A', false)
    first.getState().setOverride('D.groupHomes.refundRate', '0.5')
    await settle()
    closeTabs()
    const reloaded = await tab(db, 'same-tab')
    expect(reloaded.getState().doc.selection).not.toContain('A')
    expect(reloaded.getState().doc.overrides).toEqual({ 'D.groupHomes.refundRate': '0.5' })
    expect(reloaded.getState().current.name).toBe('')
    expect(reloaded.getState().history.past).toEqual([])
  })

  it('opens a published scenario as a copy: saving makes a new one', async () => {
    const store = await tab(freshDb())
    const published = { ...scenarioOf({ name: 'Publisert' }), id: 'pub-1', rev: 1 }
    store.getState().open(published)
    expect(store.getState().current).toMatchObject({ id: null, published: 'pub-1' })
    await store.getState().save()
    expect(store.getState().saved[0]?.id).not.toBe('pub-1')
  })
})

describe('nothing lost, whatever happens', () => {
  it('says the storage is full, keeps what was saved and the work in memory', async () => {
    const store = await tab(freshDb())
    await store.getState().save('Lagret', '')
    const saved = store.getState().saved
    store.getState().setMeasure('H', false)
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError')
    })
    expect(await store.getState().save()).toBe(false)
    expect(store.getState().storageIssue).toEqual({ failure: 'full', name: 'Lagret' })
    vi.restoreAllMocks()
    await store.getState().refresh()
    expect(store.getState().saved).toEqual(saved)
    expect(store.getState().doc.selection).not.toContain('H')
  })

  it('works without storage when IndexedDB is unavailable, and says so', async () => {
    const store = await tab(freshDb(), 'x', () =>
      Promise.reject(new DOMException('denied', 'SecurityError')),
    )
    expect(store.getState().storageIssue).toEqual({ failure: 'unavailable' })
    store.getState().setMeasure('A', false)
    expect(await store.getState().save('Går ikke', '')).toBe(false)
    expect(store.getState().doc.selection).not.toContain('A')
  })

  it('puts a damaged draft aside, keeps it, and goes on', async () => {
    const db = freshDb()
    const repo = await ScenarioRepository.open(db)
    repo.close()
    const raw = await openDB(db)
    await raw.put('drafts', { scenario: 'garbled' }, 'tab-d')
    const store = await tab(db, 'tab-d')
    expect(store.getState().storageIssue).toEqual({ failure: 'draftQuarantined' })
    expect(await raw.getAll('quarantine')).toEqual([
      expect.objectContaining({ raw: { scenario: 'garbled' } }),
    ])
    raw.close()
    expect(store.getState().doc.selection).toEqual(model.packages?.[0]?.measures)
  })

  it('writes no draft over one it could not read', async () => {
    const db = freshDb()
    vi.spyOn(ScenarioRepository.prototype, 'draft').mockRejectedValue(
      new DOMException('broken', 'UnknownError'),
    )
    const putDraft = vi.spyOn(ScenarioRepository.prototype, 'putDraft')
    const store = await tab(db)
    store.getState().setMeasure('A', false)
    await settle()
    expect(putDraft).not.toHaveBeenCalled()
    expect(store.getState().storageIssue).toEqual({ failure: 'unavailable' })
  })
})

describe('two tabs on the same scenario', () => {
  it('shows one tab’s save in the other, and never silently overwrites a newer save', async () => {
    const db = freshDb()
    const a = await tab(db)
    const b = await tab(db)
    await a.getState().save('Delt', '')
    await settle()
    const id = a.getState().current.id!
    b.getState().open(b.getState().saved.find((s) => s.id === id)!)

    // A edits and saves; B, with nothing unsaved, follows.
    a.getState().setMeasure('O', false)
    await a.getState().save()
    await settle()
    expect(b.getState().current.rev).toBe(2)
    expect(b.getState().doc.selection).not.toContain('O')

    // B has unsaved work when A saves again: B is told, and B's save is refused.
    b.getState().setMeasure('K', false)
    a.getState().setMeasure('N', false)
    await a.getState().save()
    await settle()
    expect(b.getState().conflict?.rev).toBe(3)
    expect(await b.getState().save()).toBe(false)
    expect(b.getState().storageIssue?.failure).toBe('conflict')
    expect((await a.getState().repository!.get(id)).rev).toBe(3)

    // B keeps its work as a new scenario; A's stays as A saved it.
    await b.getState().resolveConflict('mine')
    expect(b.getState().saved).toHaveLength(2)
    expect((await a.getState().repository!.get(id)).selection).not.toContain('N')
  })
})

describe('importing scenario files', () => {
  it('gives back exactly the exported scenario', async () => {
    const store = await tab(freshDb())
    store.getState().setOverride('I.rates.rateChange', '-0.15')
    await store.getState().save('Eksportert', 'Med notat')
    const exported = store.getState().saved[0]!
    await store.getState().remove(exported.id)
    expect(await store.getState().importText(JSON.stringify(exported, null, 2))).toEqual({
      ok: true,
      name: 'Eksportert',
      changes: [],
    })
    const imported = store.getState().saved[0]!
    const { rev: _a, updatedAt: _b, ...same } = exported
    expect(imported).toMatchObject(same)
  })

  it('imports a scenario that breaks a rule without the measures that break it', async () => {
    const store = await tab(freshDb())
    await store.getState().importText(JSON.stringify(scenarioOf({ selection: ['A', 'B1', 'B2'] })))
    expect(store.getState().saved[0]?.selection).toEqual(['A'])
  })

  it('refuses a scenario for another model', async () => {
    const store = await tab(freshDb())
    const otherModel = await store
      .getState()
      .importText(JSON.stringify(scenarioOf({ model: { id: 'annen', version: '1' } })))
    expect(otherModel).toMatchObject({ ok: false, problems: [{ code: 'scenarioForOtherModel' }] })
    expect(store.getState().saved).toEqual([])
  })

  it('survives thousands of mutated and hostile files: none crashes it, none is accepted in a state the engine refuses', async () => {
    const store = await tab(freshDb())
    const base = scenarioFileOf(
      model,
      { name: 'Base', note: '' },
      { selection: ['A', 'D', 'E'], overrides: { 'D.groupHomes.refundRate': '0.8' } },
    )
    const nested = (depth: number): unknown => (depth === 0 ? 'x' : [nested(depth - 1)])
    const odd = fc.constantFrom<unknown>(
      nested(70),
      -0,
      1e308,
      '-0',
      '2026-13-45T25:61:61Z',
      '9999-99-99T99:99:99Z',
      '2023-02-29T00:00:00Z',
      '2024-02-29T12:00:00Z',
      'Navn\u202E snudd',
      'Klokke\u0007',
      'To\nlinjer',
      '\uD800',
      'constructor',
      ['constructor', 'toString'],
      { constructor: '1' },
      { 'D.groupHomes.constructor': '1', 'A.staff.toString': '1' },
      { 'D.groupHomes.refundRate': '-0.0' },
    )
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.string(),
        fc.integer(),
        fc.double(),
        fc.boolean(),
        fc.constant(null),
        odd,
        fc.array(tie('value'), { maxLength: 4 }),
        fc.dictionary(fc.string({ maxLength: 8 }), tie('value'), { maxKeys: 4 }),
      ),
    })).value
    const keys = [
      'format',
      'schemaVersion',
      'name',
      'note',
      'model',
      'selection',
      'overrides',
      'id',
      'rev',
      'createdAt',
      'updatedAt',
      'extra',
    ]
    const measureIds = [...model.measures.map((m) => m.id), 'Z', '', 'a.b', 'constructor']
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('set' as const), key: fc.constantFrom(...keys), value: json }),
      fc.record({ kind: fc.constant('delete' as const), key: fc.constantFrom(...keys) }),
      fc.record({ kind: fc.constant('select' as const), ids: fc.subarray(measureIds) }),
      fc.record({
        kind: fc.constant('override' as const),
        key: fc.constantFrom(
          'D.groupHomes.refundRate',
          'I.rates.affectedBase',
          'I.rates.base',
          'A.staff.costPerStaffYear',
          'X.y.z',
          ...BUILT_IN_NAMES.map((name) => `D.groupHomes.${name}`),
          'constructor.staff.costPerStaffYear',
        ),
        value: fc.oneof(
          fc.constantFrom('0.5', '-1', '1e9', '80', '9000000', '', '-0', '-0.0', '0.8\u202E'),
          fc.string(),
        ),
      }),
      fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
      fc.record({
        kind: fc.constant('text' as const),
        edit: fc.constantFrom(
          (text: string) => `\uFEFF${text}`,
          (text: string) => `${'['.repeat(100_000)}${text}`,
          (text: string) => text.replace('"note":""', '"note":1e400'),
          (text: string) => text.replace('"Base"', '"Base\\u0000"'),
          (text: string) => `{"a":${text}}`,
        ),
      }),
    )
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 5 }), async (mutations) => {
        const file: Record<string, unknown> = structuredClone(base)
        let text: string | null = null
        for (const m of mutations) {
          if (m.kind === 'set') file[m.key] = m.value
          else if (m.kind === 'delete') delete file[m.key]
          else if (m.kind === 'select') file['selection'] = m.ids
          else if (m.kind === 'override')
            file['overrides'] = { ...(file['overrides'] as object), [m.key]: m.value }
          else if (m.kind === 'cut') text = JSON.stringify(file).slice(0, m.at)
          else text = m.edit(text ?? JSON.stringify(file))
        }
        const before = store.getState().saved.length
        const result = await store.getState().importText(text ?? JSON.stringify(file))
        if (!result.ok) {
          for (const problem of result.problems) problemText(problem, 'nb', file)
          expect(store.getState().saved).toHaveLength(before)
          return
        }
        const accepted = store.getState().saved.find((s) => s.name === result.name)!
        expect(
          evaluate(model, accepted.selection, accepted.overrides).problems.filter(isError),
        ).toEqual([])
        // What was accepted is a scenario as it stands: its times exist, its texts are clean.
        expect(readScenario(JSON.parse(JSON.stringify(accepted)))).toEqual({
          ok: true,
          scenario: accepted,
        })
      }),
      propertyRuns(2000),
    )
  }, 120_000)
})

describe('a scenario made on an older model version', () => {
  it('opens with what could not be carried over, and saving keeps the original', async () => {
    const store = await tab(freshDb())
    const old = {
      ...scenarioOf({
        name: 'Gammel',
        selection: ['A', 'X'],
        model: { id: 'vestvagoy-2014', version: '2013.9' },
      }),
      id: 'old-1',
    }
    const repo = store.getState().repository!
    const stored = await repo.save(old, null)
    await store.getState().refresh()
    // First the user is told it was made on another version, whose differences are not known.
    expect(store.getState().open(stored)).toBe(false)
    await settle()
    expect(store.getState().modelChanged).toEqual({ scenario: stored, changes: null })
    expect(store.getState().openOnNewVersion()).toBe(true)
    expect(store.getState().current.adapted.map((p) => p.code)).toEqual([
      'modelVersionChanged',
      'measuresNotInModel',
    ])
    expect(store.getState().current.id).toBeNull()
    await store.getState().save('Gammel, tilpasset', '')
    expect(await repo.get('old-1')).toEqual(stored)
    expect(store.getState().saved).toHaveLength(2)
  })
})
