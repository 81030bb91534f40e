import 'fake-indexeddb/auto'
import { openDB } from 'idb'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ScenarioRepository } from '../../../src/state/storage/scenarioRepository'
import type { Draft } from '../../../src/state/storage/storedRecords'
import { scenarioOf } from '../../builders/scenario'
import { failure } from '../../builders/storageFailure'

let databases = 0
const freshName = () => `test-${++databases}-${Math.random()}`
const withId = (id: string, extra = {}) => ({ ...scenarioOf(extra), id })

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

const draftOf = (extra: Partial<Draft> = {}): Draft => ({
  scenario: scenarioOf(),
  base: null,
  published: null,
  untitled: false,
  savedAt: '2026-11-23T10:00:00Z',
  ...extra,
})

/** A repository with raw access to its database, to store what the app would not. */
async function withRaw() {
  const name = freshName()
  const repo = await ScenarioRepository.open(name)
  const raw = await openDB(name)
  return { repo, raw }
}

describe('listing and finding saved scenarios', () => {
  it('lists the newest saved first', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const repo = await ScenarioRepository.open(freshName())
    vi.setSystemTime(new Date('2026-11-20T09:00:00Z'))
    const old = await repo.save(withId('old'), null)
    vi.setSystemTime(new Date('2026-11-22T09:00:00Z'))
    const newest = await repo.save(withId('newest'), null)
    vi.setSystemTime(new Date('2026-11-21T09:00:00Z'))
    const middle = await repo.save(withId('middle'), null)
    vi.useRealTimers()
    expect((await repo.list()).scenarios).toEqual([newest, middle, old])
  })

  it('names each unreadable record by its key, whatever the key is', async () => {
    const { repo, raw } = await withRaw()
    const good = await repo.save(withId('good'), null)
    await raw.put('scenarios', { ...good, id: 'other' }, 'moved')
    await raw.put('scenarios', 'x', 7)
    await raw.put('scenarios', 'x', new Date('2026-11-23T10:00:00Z'))
    await raw.put('scenarios', 'x', ['a', 1] as never)
    await raw.put('scenarios', 'x', new Uint8Array([1]))
    raw.close()
    const { scenarios, unreadable } = await repo.list()
    expect(scenarios).toEqual([good])
    expect(unreadable.map((u) => u.id)).toEqual([
      '7',
      '2026-11-23T10:00:00.000Z',
      'moved',
      '(binary key)',
      '[a, 1]',
    ])
    expect(unreadable.find((u) => u.id === 'moved')).toEqual({
      key: 'moved',
      id: 'moved',
      problems: [{ code: 'missingField', path: ['id'] }],
    })
  })

  it('says a scenario that is not there is not found', async () => {
    const repo = await ScenarioRepository.open(freshName())
    expect(await failure(repo.get('none'))).toBe('notFound')
  })

  it('hands the newer save to a refused one, to offer the user', async () => {
    const repo = await ScenarioRepository.open(freshName())
    const first = await repo.save(withId('s1'), null)
    const newer = await repo.save({ ...first, name: 'Nyere' }, first.rev)
    const error = await repo.save({ ...first, name: 'Eldre' }, first.rev).catch((e: unknown) => e)
    expect(error).toMatchObject({ failure: 'conflict', detail: { current: newer } })
  })
})

describe('deleting and restoring saved scenarios', () => {
  it('refuses to delete a scenario saved again since, handing over the newer save', async () => {
    const repo = await ScenarioRepository.open(freshName())
    const first = await repo.save(withId('s1'), null)
    const newer = await repo.save({ ...first, name: 'Nyere' }, first.rev)
    const error = await repo.remove('s1', first.rev).catch((e: unknown) => e)
    expect(error).toMatchObject({ failure: 'conflict', detail: { current: newer } })
    expect(await repo.get('s1')).toEqual(newer)
  })

  it('says a scenario already gone is not found, by delete and by restore', async () => {
    const repo = await ScenarioRepository.open(freshName())
    expect(await failure(repo.remove('none', 1))).toBe('notFound')
    expect(await failure(repo.restore('none'))).toBe('notFound')
  })

  it('deletes and restores a damaged record as it is, saying it cannot be read', async () => {
    const { repo, raw } = await withRaw()
    await raw.put('scenarios', { name: 42 }, 'bad')
    await repo.remove('bad', 1)
    expect((await repo.list()).unreadable).toEqual([])
    expect(await failure(repo.restore('bad'))).toBe('unreadable')
    expect(await repo.raw('bad')).toEqual({ name: 42 })
    raw.close()
  })

  it('restores nothing over a scenario saved under the same id since', async () => {
    const { repo, raw } = await withRaw()
    const saved = await repo.save(withId('s1'), null)
    await repo.remove('s1', saved.rev)
    await raw.put('scenarios', { ...saved, name: 'Ny' }, 's1')
    expect(await failure(repo.restore('s1'))).toBe('conflict')
    expect((await repo.get('s1')).name).toBe('Ny')
    expect(await raw.get('trash', 's1')).toMatchObject({ scenario: saved })
    raw.close()
  })
})

describe('the drafts of tabs', () => {
  it('has none for a tab that kept no work, and none after it is removed', async () => {
    const repo = await ScenarioRepository.open(freshName())
    expect(await repo.draft('tab')).toEqual({ draft: null, quarantined: false })
    await repo.putDraft('tab', draftOf())
    await repo.removeDraft('tab')
    expect(await repo.draft('tab')).toEqual({ draft: null, quarantined: false })
    expect(await repo.drafts()).toEqual([])
  })

  it('lists every readable draft by tab, leaving an unreadable one where it is', async () => {
    const { repo, raw } = await withRaw()
    await repo.putDraft('a', draftOf({ untitled: true }))
    await repo.putDraft('b', draftOf())
    await raw.put('drafts', { scenario: 'damaged' }, 'c')
    expect(await repo.drafts()).toEqual([
      { tab: 'a', draft: draftOf({ untitled: true }) },
      { tab: 'b', draft: draftOf() },
    ])
    expect(await raw.get('drafts', 'c')).toEqual({ scenario: 'damaged' })
    raw.close()
  })

  it('moves a closed tab’s draft to this tab, and refuses when it is gone', async () => {
    const repo = await ScenarioRepository.open(freshName())
    await repo.putDraft('closed', draftOf({ untitled: true }))
    await repo.putDraft('mine', draftOf())
    expect(await repo.adoptDraft('closed', 'mine')).toEqual(draftOf({ untitled: true }))
    expect(await repo.drafts()).toEqual([{ tab: 'mine', draft: draftOf({ untitled: true }) }])
    expect(await failure(repo.adoptDraft('closed', 'mine'))).toBe('notFound')
    expect((await repo.draft('mine')).draft).toEqual(draftOf({ untitled: true }))
  })
})
