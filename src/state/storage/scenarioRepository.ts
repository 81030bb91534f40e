import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import type { Problem } from '../../model/problems'
import type { SavedScenario, ScenarioFile } from '../../model/scenario/scenarioFile'
import { classify, StorageError, StorageFailure } from './storageError'
import { readDraft, readSaved, type Draft } from './storedRecords'

export type { Draft } from './storedRecords'

export interface Unreadable {
  /** The record's key as stored, to fetch it again. */
  key: IDBValidKey
  /** The key as text, to name the record to the user. */
  id: string
  problems: Problem[]
}

interface Schema extends DBSchema {
  // Stored as written, and read through the scenario decoder: a damaged record is reported, not used.
  scenarios: { key: string; value: unknown }
  trash: { key: string; value: { scenario: unknown; deletedAt: string } }
  drafts: { key: string; value: unknown }
  quarantine: {
    key: number
    value: { store: string; key: string; raw: unknown; at: string }
    autoIncrement: true
  }
}

const VERSION = 1

/** A stored key as text; our records have string keys, but a damaged store may hold any. */
const keyText = (key: IDBValidKey): string =>
  typeof key === 'string' || typeof key === 'number'
    ? String(key)
    : key instanceof Date
      ? key.toISOString()
      : Array.isArray(key)
        ? `[${key.map(keyText).join(', ')}]`
        : '(binary key)'
const now = () => new Date().toISOString()

export interface RepositoryEvents {
  /** The database was deleted while open (site data cleared): what was saved is gone, and the
   *  next operation makes it anew, empty. */
  deleted?: () => void
}

/**
 * Saved scenarios in the browser's IndexedDB. Every write is one transaction; a save names the
 * revision it is based on and is refused if the stored one is newer (another tab saved), so no save
 * silently overwrites another. A record that cannot be read is never overwritten. A database
 * deleted while open is made anew on the next use; one upgraded by a newer version of the app in
 * another tab is left to it.
 */
export class ScenarioRepository {
  private db: IDBPDatabase<Schema> | null = null
  private lost: 'deleted' | 'newer' | null = null

  private constructor(
    private readonly name: string,
    private readonly events: RepositoryEvents,
  ) {}

  static async open(
    name = 'omstilling',
    events: RepositoryEvents = {},
  ): Promise<ScenarioRepository> {
    const repository = new ScenarioRepository(name, events)
    try {
      if (typeof indexedDB === 'undefined') throw new StorageError(StorageFailure.unavailable)
      repository.db = await repository.connect()
      return repository
    } catch (error) {
      // Whatever stops the database from opening leaves the app without storage, not broken.
      const failure = classify(error)
      throw failure.failure === StorageFailure.failed
        ? new StorageError(StorageFailure.unavailable, { cause: error })
        : failure
    }
  }

  private async connect(): Promise<IDBPDatabase<Schema>> {
    const db = await openDB<Schema>(this.name, VERSION, {
      upgrade(database) {
        database.createObjectStore('scenarios')
        database.createObjectStore('trash')
        database.createObjectStore('drafts')
        database.createObjectStore('quarantine', { autoIncrement: true })
      },
      // Another tab deletes the database (null) or needs a newer version: let it.
      blocking: (_current, blocked) => {
        db.close()
        this.db = null
        this.lost = blocked === null ? 'deleted' : 'newer'
        if (blocked === null) this.events.deleted?.()
      },
      // The browser closed the connection (storage cleared): open it again when next needed.
      terminated: () => {
        this.db = null
        this.lost = 'deleted'
        this.events.deleted?.()
      },
    })
    this.lost = null
    return db
  }

  private async database(): Promise<IDBPDatabase<Schema>> {
    if (this.lost === 'newer') throw new StorageError(StorageFailure.newerVersion)
    this.db ??= await this.connect()
    return this.db
  }

  close(): void {
    this.db?.close()
    this.db = null
  }

  private async run<T>(work: (db: IDBPDatabase<Schema>) => Promise<T>): Promise<T> {
    try {
      return await work(await this.database())
    } catch (error) {
      // The connection closed under the operation (the database was being deleted): once more on
      // a fresh one, and only then report.
      if (this.db === null && this.lost === 'deleted') {
        try {
          return await work(await this.database())
        } catch (again) {
          throw classify(again)
        }
      }
      throw classify(error)
    }
  }

  async list(): Promise<{ scenarios: SavedScenario[]; unreadable: Unreadable[] }> {
    return this.run(async (db) => {
      const tx = db.transaction('scenarios')
      const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()])
      const scenarios: SavedScenario[] = []
      const unreadable: Unreadable[] = []
      // One bad record hides only itself.
      keys.forEach((key: IDBValidKey, i) => {
        const read = readSaved(values[i])
        if (read.ok && read.scenario.id === key) scenarios.push(read.scenario)
        else
          unreadable.push({
            key,
            id: keyText(key),
            problems: read.ok ? [{ code: 'missingField', path: ['id'] }] : read.problems,
          })
      })
      scenarios.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
      return { scenarios, unreadable }
    })
  }

  async get(id: string): Promise<SavedScenario> {
    return this.run(async (db) => {
      const raw = await db.get('scenarios', id)
      if (raw === undefined) throw new StorageError(StorageFailure.notFound)
      const read = readSaved(raw)
      if (!read.ok) throw new StorageError(StorageFailure.unreadable)
      return read.scenario
    })
  }

  /** The record exactly as stored, for a user to download when it cannot be read. */
  async raw(key: IDBValidKey): Promise<unknown> {
    return this.run((db) => db.get('scenarios', key as string))
  }

  /**
   * Saves a scenario. `expectedRev` is the revision it was opened at (null: a new one). Refused
   * with a conflict, and nothing written, if the stored revision differs or cannot be read.
   */
  async save(
    scenario: ScenarioFile & { id: string },
    expectedRev: number | null,
  ): Promise<SavedScenario> {
    return this.run(async (db) => {
      const tx = db.transaction('scenarios', 'readwrite')
      const stored = await tx.store.get(scenario.id)
      const current = stored === undefined ? null : readSaved(stored)
      if (current && !current.ok) throw new StorageError(StorageFailure.unreadable)
      const currentRev = current?.ok ? current.scenario.rev : null
      if (currentRev !== expectedRev) {
        throw new StorageError(StorageFailure.conflict, {
          current: current?.ok ? current.scenario : null,
        })
      }
      const time = now()
      const saved: SavedScenario = {
        ...scenario,
        rev: (currentRev ?? 0) + 1,
        createdAt: current?.ok ? current.scenario.createdAt : (scenario.createdAt ?? time),
        updatedAt: time,
      }
      await tx.store.put(saved, saved.id)
      await tx.done
      return saved
    })
  }

  /** Moves a scenario to the trash, from where `restore` brings it back. */
  async remove(id: string, expectedRev: number): Promise<void> {
    return this.run(async (db) => {
      const tx = db.transaction(['scenarios', 'trash'], 'readwrite')
      const stored = await tx.objectStore('scenarios').get(id)
      const current = stored === undefined ? null : readSaved(stored)
      if (current?.ok && current.scenario.rev !== expectedRev) {
        throw new StorageError(StorageFailure.conflict, { current: current.scenario })
      }
      if (stored === undefined) throw new StorageError(StorageFailure.notFound)
      await tx.objectStore('trash').put({ scenario: stored, deletedAt: now() }, id)
      await tx.objectStore('scenarios').delete(id)
      await tx.done
    })
  }

  async restore(id: string): Promise<SavedScenario> {
    return this.run(async (db) => {
      const tx = db.transaction(['scenarios', 'trash'], 'readwrite')
      const deleted = await tx.objectStore('trash').get(id)
      if (!deleted) throw new StorageError(StorageFailure.notFound)
      if ((await tx.objectStore('scenarios').get(id)) !== undefined)
        throw new StorageError(StorageFailure.conflict)
      await tx.objectStore('scenarios').put(deleted.scenario, id)
      await tx.objectStore('trash').delete(id)
      await tx.done
      const read = readSaved(deleted.scenario)
      if (!read.ok) throw new StorageError(StorageFailure.unreadable)
      return read.scenario
    })
  }

  /** A tab's draft; a draft that cannot be read is moved aside (kept) and null returned. */
  async draft(tab: string): Promise<{ draft: Draft | null; quarantined: boolean }> {
    return this.run(async (db) => {
      const raw = await db.get('drafts', tab)
      if (raw === undefined) return { draft: null, quarantined: false }
      const draft = readDraft(raw)
      if (draft) return { draft, quarantined: false }
      const tx = db.transaction(['drafts', 'quarantine'], 'readwrite')
      await tx.objectStore('quarantine').add({ store: 'drafts', key: tab, raw, at: now() })
      await tx.objectStore('drafts').delete(tab)
      await tx.done
      return { draft: null, quarantined: true }
    })
  }

  /** Every readable draft, by tab; unreadable ones are left where they are. */
  async drafts(): Promise<{ tab: string; draft: Draft }[]> {
    return this.run(async (db) => {
      const tx = db.transaction('drafts')
      const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()])
      return keys.flatMap((tab, i) => {
        const draft = readDraft(values[i])
        return draft ? [{ tab, draft }] : []
      })
    })
  }

  async putDraft(tab: string, draft: Draft): Promise<void> {
    return this.run(async (db) => {
      await db.put('drafts', draft, tab)
    })
  }

  /** Moves another tab's draft into this tab's slot, in one step, and returns it. */
  async adoptDraft(from: string, to: string): Promise<Draft> {
    return this.run(async (db) => {
      const tx = db.transaction('drafts', 'readwrite')
      const draft = readDraft(await tx.store.get(from))
      if (!draft) throw new StorageError(StorageFailure.notFound)
      await tx.store.put(draft, to)
      await tx.store.delete(from)
      await tx.done
      return draft
    })
  }

  async removeDraft(tab: string): Promise<void> {
    return this.run(async (db) => {
      await db.delete('drafts', tab)
    })
  }
}
