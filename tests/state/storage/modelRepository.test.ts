import 'fake-indexeddb/auto'
import { openDB } from 'idb'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { Database } from '../../../src/state/storage/database'
import { ModelRepository } from '../../../src/state/storage/modelRepository'
import { readStoredModel } from '../../../src/state/storage/storedModel'
import { failure } from '../../builders/storageFailure'

let databases = 0
const freshName = () => `models-${++databases}-${Math.random()}`

async function withRaw() {
  const name = freshName()
  const repo = new ModelRepository(await Database.open(name))
  const raw = await openDB(name)
  return { repo, raw }
}

const file = (title: string) => ({ format: 'omstilling.model', id: 'm', title })

afterEach(() => vi.useRealTimers())

describe('the user’s models in the browser', () => {
  it('saves a new model at revision 1, and each save after it one revision on', async () => {
    const { repo } = await withRaw()
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-11-20T09:00:00Z'))
    const first = await repo.save('m', file('Første'), null)
    expect(first).toEqual({
      id: 'm',
      rev: 1,
      file: file('Første'),
      createdAt: '2026-11-20T09:00:00.000Z',
      savedAt: '2026-11-20T09:00:00.000Z',
    })
    vi.setSystemTime(new Date('2026-11-21T09:00:00Z'))
    const second = await repo.save('m', file('Andre'), 1)
    expect(second).toEqual({
      ...first,
      rev: 2,
      file: file('Andre'),
      savedAt: '2026-11-21T09:00:00.000Z',
    })
    expect(await repo.get('m')).toEqual(second)
  })

  it('refuses a save based on another revision, and a new one over an existing model', async () => {
    const { repo } = await withRaw()
    const first = await repo.save('m', file('Første'), null)
    await repo.save('m', file('Andre'), 1)
    expect(await failure(repo.save('m', file('Eldre'), 1))).toBe('conflict')
    expect(await failure(repo.save('m', file('Ny'), null))).toBe('conflict')
    expect(await failure(repo.save('annen', file('Ny'), 1))).toBe('conflict')
    expect((await repo.get('m')).file).toEqual(file('Andre'))
    expect(first.rev).toBe(1)
  })

  it('lists the newest saved first, and each damaged record by its key', async () => {
    const { repo, raw } = await withRaw()
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-11-20T09:00:00Z'))
    const old = await repo.save('old', file('Gammel'), null)
    vi.setSystemTime(new Date('2026-11-22T09:00:00Z'))
    const newest = await repo.save('newest', file('Nyest'), null)
    vi.setSystemTime(new Date('2026-11-21T09:00:00Z'))
    const middle = await repo.save('middle', file('Midt'), null)
    await raw.put('models', { ...old, id: 'other' }, 'moved')
    await raw.put('models', 'x', 7)
    raw.close()
    const { models, unreadable } = await repo.list()
    expect(models).toEqual([newest, middle, old])
    expect(unreadable).toEqual([
      { key: 7, id: '7', problems: [expect.objectContaining({ code: 'wrongType' })] },
      { key: 'moved', id: 'moved', problems: [{ code: 'missingField', path: ['id'] }] },
    ])
  })

  it('says a model that is not there is not found, and a damaged one unreadable', async () => {
    const { repo, raw } = await withRaw()
    await raw.put('models', { id: 'bad', rev: 1 }, 'bad')
    expect(await failure(repo.get('none'))).toBe('notFound')
    expect(await failure(repo.get('bad'))).toBe('unreadable')
    expect(await failure(repo.save('bad', file('Over'), null))).toBe('unreadable')
    expect(await failure(repo.save('bad', file('Over'), 1))).toBe('unreadable')
    expect(await repo.raw('bad')).toEqual({ id: 'bad', rev: 1 })
    raw.close()
  })

  it('moves a deleted model to the trash and restores it unchanged', async () => {
    const { repo, raw } = await withRaw()
    const saved = await repo.save('m', file('Første'), null)
    await repo.remove('m', 1)
    expect((await repo.list()).models).toEqual([])
    expect(await raw.get('modelTrash', 'm')).toMatchObject({ model: saved })
    expect(await repo.restore('m')).toEqual(saved)
    expect(await repo.get('m')).toEqual(saved)
    expect(await raw.get('modelTrash', 'm')).toBeUndefined()
    raw.close()
  })

  it('refuses to delete a model saved again since, or one already gone', async () => {
    const { repo } = await withRaw()
    await repo.save('m', file('Første'), null)
    await repo.save('m', file('Andre'), 1)
    expect(await failure(repo.remove('m', 1))).toBe('conflict')
    expect(await failure(repo.remove('none', 1))).toBe('notFound')
    expect((await repo.get('m')).rev).toBe(2)
  })

  it('deletes and restores a damaged record as it is, saying it cannot be read', async () => {
    const { repo, raw } = await withRaw()
    await raw.put('models', { id: 'bad' }, 'bad')
    await repo.remove('bad', 1)
    expect((await repo.list()).unreadable).toEqual([])
    expect(await failure(repo.restore('bad'))).toBe('unreadable')
    expect(await repo.raw('bad')).toEqual({ id: 'bad' })
    raw.close()
  })

  it('restores nothing that is not in the trash, nor over a model saved since', async () => {
    const { repo } = await withRaw()
    expect(await failure(repo.restore('none'))).toBe('notFound')
    await repo.save('m', file('Første'), null)
    await repo.remove('m', 1)
    await repo.save('m', file('Ny'), null)
    expect(await failure(repo.restore('m'))).toBe('conflict')
    expect((await repo.get('m')).file).toEqual(file('Ny'))
  })

  it('keeps the first copy of a version scenarios were made on', async () => {
    const { repo } = await withRaw()
    expect(await repo.version('m', '1')).toBeUndefined()
    await repo.keepVersion('m', '1', file('Slik den var'))
    await repo.keepVersion('m', '1', file('Endret siden'))
    await repo.keepVersion('m', '2', file('Neste'))
    expect(await repo.version('m', '1')).toEqual(file('Slik den var'))
    expect(await repo.version('m', '2')).toEqual(file('Neste'))
  })

  it('keeps small choices across sessions', async () => {
    const { repo } = await withRaw()
    expect(await repo.setting('openModel')).toBeUndefined()
    await repo.putSetting('openModel', 'own:m')
    await repo.putSetting('openModel', 'file:vestvagoy-2014.json')
    expect(await repo.setting('openModel')).toBe('file:vestvagoy-2014.json')
  })
})

describe('a stored model record', () => {
  const record = {
    id: 'm',
    rev: 1,
    file: file('Modell'),
    createdAt: '2026-11-20T09:00:00Z',
    savedAt: '2026-11-20T09:00:00Z',
  }

  it('is read as it was stored', () => {
    expect(readStoredModel(record)).toEqual({ ok: true, model: record })
  })

  it.each([
    ['is not an object', 'modell', []],
    ['is null', null, []],
    ['has a file that is not an object', { ...record, file: 'x' }, ['file']],
    ['has no file', { ...record, file: undefined }, ['file']],
    ['has revision 0', { ...record, rev: 0 }, ['rev']],
    ['has a time that is not a time', { ...record, savedAt: 'i går' }, ['savedAt']],
    ['has an id that is not an id', { ...record, id: 'to ord' }, ['id']],
  ])('is unreadable when it %s, saying where', (_, raw, path) => {
    const read = readStoredModel(raw)
    expect(read.ok).toBe(false)
    if (!read.ok) expect(read.problems.map((p) => ('path' in p ? p.path : null))).toEqual([path])
  })
})
