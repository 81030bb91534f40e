import 'fake-indexeddb/auto'
import { openDB } from 'idb'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ScenarioRepository } from '../../../src/state/storage/scenarioRepository'
import { StorageError } from '../../../src/state/storage/storageError'
import { scenarioOf } from '../../builders/scenario'

let databases = 0
const freshName = () => `test-${++databases}-${Math.random()}`
const withId = (id: string, extra = {}) => ({ ...scenarioOf(extra), id })

const failure = async (work: Promise<unknown>) => {
  const error: unknown = await work.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(StorageError)
  return (error as StorageError).failure
}

afterEach(() => vi.restoreAllMocks())

describe('saving scenarios in IndexedDB', () => {
  it('gives back exactly what was saved, with a revision and timestamps', async () => {
    const repo = await ScenarioRepository.open(freshName())
    const saved = await repo.save(withId('s1', { name: 'Første', note: 'Med <b>notat</b>' }), null)
    expect(saved.rev).toBe(1)
    expect(await repo.get('s1')).toEqual(saved)
    expect((await repo.list()).scenarios).toEqual([saved])
    const again = await repo.save({ ...saved, note: 'Endret' }, 1)
    expect(again.rev).toBe(2)
    expect(again.createdAt).toBe(saved.createdAt)
  })

  it('refuses a save based on an older revision, and writes nothing', async () => {
    const name = freshName()
    const tabA = await ScenarioRepository.open(name)
    const tabB = await ScenarioRepository.open(name)
    const first = await tabA.save(withId('s1'), null)
    const fromB = await tabB.save({ ...first, name: 'Fra fane B' }, first.rev)
    const refused = tabA.save({ ...first, name: 'Fra fane A' }, first.rev)
    expect(await failure(refused)).toBe('conflict')
    expect(await tabA.get('s1')).toEqual(fromB)
  })

  it('refuses to save a new scenario over one that exists', async () => {
    const repo = await ScenarioRepository.open(freshName())
    const first = await repo.save(withId('s1'), null)
    expect(await failure(repo.save(withId('s1', { name: 'Ny' }), null))).toBe('conflict')
    expect(await repo.get('s1')).toEqual(first)
  })

  it('moves a deleted scenario to the trash and restores it unchanged', async () => {
    const repo = await ScenarioRepository.open(freshName())
    const saved = await repo.save(withId('s1'), null)
    await repo.remove('s1', saved.rev)
    expect((await repo.list()).scenarios).toEqual([])
    expect(await repo.restore('s1')).toEqual(saved)
    expect(await repo.get('s1')).toEqual(saved)
  })

  it('reports a damaged record, keeps it, and never writes over it', async () => {
    const name = freshName()
    const repo = await ScenarioRepository.open(name)
    const good = await repo.save(withId('good'), null)
    const db = await openDB(name)
    await db.put('scenarios', { format: 'omstilling.scenario', schemaVersion: 1, name: 42 }, 'bad')
    await db.put('scenarios', 'not even an object', 'worse')
    db.close()
    const { scenarios, unreadable } = await repo.list()
    expect(scenarios).toEqual([good])
    expect(unreadable.map((u) => u.id).sort()).toEqual(['bad', 'worse'])
    expect(await failure(repo.get('bad'))).toBe('unreadable')
    expect(await failure(repo.save(withId('bad'), null))).toBe('unreadable')
    expect(await repo.raw('bad')).toEqual({
      format: 'omstilling.scenario',
      schemaVersion: 1,
      name: 42,
    })
  })

  it('says the storage is full when the quota is used up, and keeps what was saved', async () => {
    const repo = await ScenarioRepository.open(freshName())
    const saved = await repo.save(withId('s1'), null)
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    expect(await failure(repo.save({ ...saved, name: 'For stor' }, saved.rev))).toBe('full')
    expect(
      await failure(
        repo.putDraft('tab', {
          scenario: scenarioOf(),
          base: null,
          published: null,
          untitled: false,
          savedAt: 'x',
        }),
      ),
    ).toBe('full')
    vi.restoreAllMocks()
    expect(await repo.get('s1')).toEqual(saved)
  })

  it('says storage is unavailable when IndexedDB cannot be used', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError')
    })
    expect(await failure(ScenarioRepository.open(freshName()))).toBe('unavailable')
  })

  it('keeps a damaged draft aside and starts without it', async () => {
    const name = freshName()
    const repo = await ScenarioRepository.open(name)
    const db = await openDB(name)
    await db.put('drafts', { scenario: { format: 'omstilling.scenario' }, base: null }, 'tab-1')
    expect(await repo.draft('tab-1')).toEqual({ draft: null, quarantined: true })
    expect(await db.getAll('quarantine')).toEqual([
      expect.objectContaining({
        store: 'drafts',
        key: 'tab-1',
        raw: { scenario: { format: 'omstilling.scenario' }, base: null },
      }),
    ])
    db.close()
    const draft = {
      scenario: scenarioOf(),
      base: { id: 's1', rev: 2 },
      published: null,
      untitled: false,
      savedAt: '2026-11-23T10:00:00Z',
    }
    await repo.putDraft('tab-1', draft)
    expect(await repo.draft('tab-1')).toEqual({ draft, quarantined: false })
  })
})
