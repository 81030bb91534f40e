import type { Problem } from '../../model/problems'
import type { Connection, Database } from './database'
import { keyText } from './keyText'
import { StorageError, StorageFailure } from './storageError'
import { readStoredModel, type StoredModel } from './storedModel'
import { writeAtOnce } from './writeAtOnce'

export interface UnreadableModel {
  key: IDBValidKey
  id: string
  problems: Problem[]
}

const now = () => new Date().toISOString()

/**
 * The user's models in the browser, beside the scenarios and with the same guarantees: a save names
 * the revision it is based on and is refused if another tab saved since; a record that cannot be
 * read is reported and never written over; a delete goes to a trash it can be restored from. The
 * versions of a model that scenarios were made on are kept, so a scenario opened on a newer one can
 * say what changed.
 */
export class ModelRepository {
  constructor(private readonly database: Database) {}

  private run<T>(work: (db: Connection) => Promise<T>): Promise<T> {
    return this.database.run(work)
  }

  async list(): Promise<{ models: StoredModel[]; unreadable: UnreadableModel[] }> {
    return this.run(async (db) => {
      const tx = db.transaction('models')
      const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()])
      const models: StoredModel[] = []
      const unreadable: UnreadableModel[] = []
      // One bad record hides only itself.
      keys.forEach((key: IDBValidKey, i) => {
        const read = readStoredModel(values[i])
        if (read.ok && read.model.id === key) models.push(read.model)
        else
          unreadable.push({
            key,
            id: keyText(key),
            problems: read.ok ? [{ code: 'missingField', path: ['id'] }] : read.problems,
          })
      })
      models.sort((a, b) => b.savedAt.localeCompare(a.savedAt))
      return { models, unreadable }
    })
  }

  async get(id: string): Promise<StoredModel> {
    return this.run(async (db) => {
      const raw = await db.get('models', id)
      if (raw === undefined) throw new StorageError(StorageFailure.notFound)
      const read = readStoredModel(raw)
      if (!read.ok) throw new StorageError(StorageFailure.unreadable)
      return read.model
    })
  }

  /** The record exactly as stored, for a user to download when it cannot be read. */
  async raw(key: IDBValidKey): Promise<unknown> {
    return this.run((db) => db.get('models', key as string))
  }

  /**
   * Saves a model's file. `expectedRev` is the revision the editing started from (null: a new
   * model). Refused with a conflict, and nothing written, if the stored revision differs.
   */
  async save(
    id: string,
    file: Record<string, unknown>,
    expectedRev: number | null,
  ): Promise<StoredModel> {
    return this.run(async (db) => {
      const tx = db.transaction('models', 'readwrite')
      const stored = await tx.store.get(id)
      const current = stored === undefined ? null : readStoredModel(stored)
      if (current && !current.ok) throw new StorageError(StorageFailure.unreadable)
      const currentRev = current?.ok ? current.model.rev : null
      if (currentRev !== expectedRev) throw new StorageError(StorageFailure.conflict)
      const time = now()
      const saved: StoredModel = {
        id,
        rev: (currentRev ?? 0) + 1,
        file,
        createdAt: current?.ok ? current.model.createdAt : time,
        savedAt: time,
      }
      await tx.store.put(saved, id)
      await tx.done
      return saved
    })
  }

  /** Moves a model to the trash, from where `restore` brings it back. */
  async remove(id: string, expectedRev: number): Promise<void> {
    return this.run(async (db) => {
      const tx = db.transaction(['models', 'modelTrash'], 'readwrite')
      const stored = await tx.objectStore('models').get(id)
      if (stored === undefined) throw new StorageError(StorageFailure.notFound)
      const current = readStoredModel(stored)
      if (current.ok && current.model.rev !== expectedRev)
        throw new StorageError(StorageFailure.conflict)
      await tx.objectStore('modelTrash').put({ model: stored, deletedAt: now() }, id)
      await tx.objectStore('models').delete(id)
      await tx.done
    })
  }

  async restore(id: string): Promise<StoredModel> {
    return this.run(async (db) => {
      const tx = db.transaction(['models', 'modelTrash'], 'readwrite')
      const deleted = await tx.objectStore('modelTrash').get(id)
      if (!deleted) throw new StorageError(StorageFailure.notFound)
      if ((await tx.objectStore('models').get(id)) !== undefined)
        throw new StorageError(StorageFailure.conflict)
      await tx.objectStore('models').put(deleted.model, id)
      await tx.objectStore('modelTrash').delete(id)
      await tx.done
      const read = readStoredModel(deleted.model)
      if (!read.ok) throw new StorageError(StorageFailure.unreadable)
      return read.model
    })
  }

  /** Keeps a version of a model that scenarios were made on; an existing one is never replaced. */
  async keepVersion(id: string, version: string, file: Record<string, unknown>): Promise<void> {
    return this.run(async (db) => {
      const tx = db.transaction('modelVersions', 'readwrite')
      if ((await tx.store.get([id, version])) === undefined) await tx.store.put(file, [id, version])
      await tx.done
    })
  }

  /** A kept version of a model, if there is one. */
  async version(id: string, version: string): Promise<unknown> {
    return this.run((db) => db.get('modelVersions', [id, version]))
  }

  async setting(key: string): Promise<unknown> {
    return this.run((db) => db.get('settings', key))
  }

  async putSetting(key: string, value: unknown): Promise<void> {
    return this.run((db) => writeAtOnce(db, 'settings', key, value))
  }
}
