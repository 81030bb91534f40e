import 'fake-indexeddb/auto'
import { forceCloseDatabase } from 'fake-indexeddb'
import { deleteDB, openDB } from 'idb'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { Database } from '../../../src/state/storage/database'
import type { StorageError } from '../../../src/state/storage/storageError'
import { failure } from '../../builders/storageFailure'

let databases = 0
const freshName = () => `database-${++databases}-${Math.random()}`

/** Opens a Database, keeping hold of the browser's connections it opens. */
async function opened(name = freshName()) {
  const connections: IDBDatabase[] = []
  const open = indexedDB.open.bind(indexedDB)
  const spy = vi.spyOn(indexedDB, 'open').mockImplementation((...args) => {
    const request = open(...args)
    request.addEventListener('success', () => connections.push(request.result))
    return request
  })
  const deleted = vi.fn()
  const database = await Database.open(name, { deleted })
  return { database, deleted, connections, name, spy }
}

const put = (database: Database, key: string, value: unknown) =>
  database.run((db) => db.put('settings', value, key))
const get = (database: Database, key: string) => database.run((db) => db.get('settings', key))

afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
})

describe('the app’s database', () => {
  it('is unavailable where the browser has no IndexedDB', async () => {
    vi.stubGlobal('indexedDB', undefined)
    expect(await failure(Database.open(freshName()))).toBe('unavailable')
  })

  it('is unavailable when opening it fails for a reason of its own', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new TypeError('broken')
    })
    const error = await Database.open(freshName()).catch((e: unknown) => e)
    expect(error).toMatchObject({ failure: 'unavailable' })
    expect((error as StorageError).detail.cause).toBeInstanceOf(TypeError)
  })

  it('says the storage is full when that is why it cannot be opened', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    expect(await failure(Database.open(freshName()))).toBe('full')
  })

  it('lets a newer version of the app upgrade it in another tab, and writes no more', async () => {
    const { database, deleted, name } = await opened()
    await put(database, 'k', 'før')
    const newer = await openDB(name, 3)
    expect(await failure(put(database, 'k', 'etter'))).toBe('newerVersion')
    expect(await failure(get(database, 'k'))).toBe('newerVersion')
    expect(deleted).not.toHaveBeenCalled()
    newer.close()
  })

  it('is made anew, empty, when deleted while open, and says so', async () => {
    const { database, deleted, name } = await opened()
    await put(database, 'k', 'før')
    await deleteDB(name)
    expect(deleted).toHaveBeenCalledTimes(1)
    expect(await get(database, 'k')).toBeUndefined()
    await put(database, 'k', 'etter')
    expect(await get(database, 'k')).toBe('etter')
    database.close()
  })

  it('is opened again, and says what was saved is gone, when the browser closes it', async () => {
    const { database, deleted, connections } = await opened()
    await put(database, 'k', 'før')
    // fake-indexeddb types its argument as the class, though it takes a connection.
    forceCloseDatabase(connections[0] as unknown as typeof IDBDatabase)
    expect(deleted).toHaveBeenCalledTimes(1)
    expect(await get(database, 'k')).toBe('før')
    expect(connections).toHaveLength(2)
    database.close()
  })

  it('does the work under way once more on a fresh database when it is deleted under it', async () => {
    const { database, name } = await opened()
    let calls = 0
    const result = await database.run(async (db) => {
      calls++
      if (calls === 1) await deleteDB(name)
      await db.put('settings', 'lagret', 'k')
      return calls
    })
    expect(result).toBe(2)
    expect(await get(database, 'k')).toBe('lagret')
    database.close()
  })

  it('says what went wrong when the work fails on the fresh database too', async () => {
    const { database, name } = await opened()
    const work = database.run(async (db) => {
      await deleteDB(name)
      await db.put('settings', 'lagret', 'k')
    })
    expect(await failure(work)).toBe('unavailable')
  })

  it('does not do failed work again when the database is still there', async () => {
    const { database } = await opened()
    let calls = 0
    const work = database.run(() => {
      calls++
      return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
    })
    expect(await failure(work)).toBe('full')
    expect(calls).toBe(1)
    database.close()
  })

  it('lets go of its connection when closed, so the database can be deleted at once', async () => {
    const { database, name, deleted } = await opened()
    await put(database, 'k', 'v')
    database.close()
    const blocked = vi.fn()
    await deleteDB(name, { blocked })
    expect(blocked).not.toHaveBeenCalled()
    expect(deleted).not.toHaveBeenCalled()
  })
})
