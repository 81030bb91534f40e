import type { Problem } from '../../model/problems'
import type { SavedScenario, ScenarioFile } from '../../model/scenario/scenarioFile'
import { keyText } from './keyText'
import { Database, type Connection, type DatabaseEvents } from './database'
import { StorageError, StorageFailure } from './storageError'
import { readDraft, readSaved, type Draft } from './storedRecords'
import { writeAtOnce } from './writeAtOnce'

export type { Draft } from './storedRecords'

export interface Unreadable {
  /** The record's key as stored, to fetch it again. */
  key: IDBValidKey
  /** The key as text, to name the record to the user. */
  id: string
  problems: Problem[]
}

const now = () => new Date().toISOString()

/**
 * Saved scenarios and this browser's drafts. Every write is one transaction; a save names the
 * revision it is based on and is refused if the stored one is newer (another tab saved), so no save
 * silently overwrites another. A record that cannot be read is never overwritten.
 */
export class ScenarioRepository {
  constructor(private readonly database: Database) {}

  /** Opens the database for scenarios alone (tests, and tools that need nothing else). */
  static async open(name?: string, events?: DatabaseEvents): Promise<ScenarioRepository> {
    return new ScenarioRepository(await Database.open(name, events))
  }

  close(): void {
    this.database.close()
  }

  private run<T>(work: (db: Connection) => Promise<T>): Promise<T> {
    return this.database.run(work)
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
    return this.run((db) => writeAtOnce(db, 'drafts', tab, draft))
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
    return this.run((db) => writeAtOnce(db, 'drafts', tab))
  }
}
