import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import type { Problem } from '../../model/problems'
import { readScenario } from '../../model/scenario/readScenario'
import type { SavedScenario, ScenarioFile } from '../../model/scenario/scenarioFile'
import { classify, StorageError, StorageFailure } from './storageError'

/** Unsaved work of one browser tab, kept across reloads. */
export interface Draft {
  scenario: ScenarioFile
  /** The saved scenario it was opened from, and its revision then. */
  base: { id: string; rev: number } | null
  /** The published scenario it was opened from, if any. */
  published: string | null
  /** The work has no name yet (the scenario carries a placeholder, as files must have one). */
  untitled: boolean
  savedAt: string
}

export interface Unreadable {
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

const now = () => new Date().toISOString()

function readSaved(
  raw: unknown,
): { ok: true; scenario: SavedScenario } | { ok: false; problems: Problem[] } {
  const read = readScenario(raw)
  if (!read.ok) return read
  const { scenario } = read
  if (
    scenario.id === undefined ||
    scenario.rev === undefined ||
    !scenario.createdAt ||
    !scenario.updatedAt
  ) {
    return { ok: false, problems: [{ code: 'missingField', path: ['id'] }] }
  }
  return { ok: true, scenario: scenario as SavedScenario }
}

function readDraft(raw: unknown): Draft | null {
  if (typeof raw !== 'object' || raw === null) return null
  const { scenario, base, published, untitled, savedAt } = raw as Record<string, unknown>
  const read = readScenario(scenario)
  const baseOk =
    base === null ||
    (typeof base === 'object' &&
      typeof (base as Draft['base'])?.id === 'string' &&
      Number.isInteger((base as Draft['base'])?.rev))
  if (
    !read.ok ||
    !baseOk ||
    !(published === null || typeof published === 'string') ||
    typeof untitled !== 'boolean' ||
    typeof savedAt !== 'string'
  ) {
    return null
  }
  return {
    scenario: read.scenario,
    base: base as Draft['base'],
    published,
    untitled,
    savedAt,
  }
}

/**
 * Saved scenarios in the browser's IndexedDB. Every write is one transaction; a save names the
 * revision it is based on and is refused if the stored one is newer (another tab saved), so no save
 * silently overwrites another. A record that cannot be read is never overwritten.
 */
export class ScenarioRepository {
  private constructor(private readonly db: IDBPDatabase<Schema>) {}

  static async open(name = 'omstilling'): Promise<ScenarioRepository> {
    try {
      if (typeof indexedDB === 'undefined') throw new StorageError(StorageFailure.unavailable)
      const db = await openDB<Schema>(name, 1, {
        upgrade(database) {
          database.createObjectStore('scenarios')
          database.createObjectStore('trash')
          database.createObjectStore('drafts')
          database.createObjectStore('quarantine', { autoIncrement: true })
        },
        // Another tab needs a newer database version: let it have it.
        blocking() {
          db.close()
        },
      })
      return new ScenarioRepository(db)
    } catch (error) {
      // Whatever stops the database from opening leaves the app without storage, not broken.
      const failure = classify(error)
      throw failure.failure === StorageFailure.failed
        ? new StorageError(StorageFailure.unavailable, { cause: error })
        : failure
    }
  }

  close(): void {
    this.db.close()
  }

  private async run<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work()
    } catch (error) {
      throw classify(error)
    }
  }

  async list(): Promise<{ scenarios: SavedScenario[]; unreadable: Unreadable[] }> {
    return this.run(async () => {
      const tx = this.db.transaction('scenarios')
      const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()])
      const scenarios: SavedScenario[] = []
      const unreadable: Unreadable[] = []
      keys.forEach((id, i) => {
        const read = readSaved(values[i])
        if (read.ok && read.scenario.id === id) scenarios.push(read.scenario)
        else
          unreadable.push({
            id,
            problems: read.ok ? [{ code: 'missingField', path: ['id'] }] : read.problems,
          })
      })
      scenarios.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
      return { scenarios, unreadable }
    })
  }

  async get(id: string): Promise<SavedScenario> {
    return this.run(async () => {
      const raw = await this.db.get('scenarios', id)
      if (raw === undefined) throw new StorageError(StorageFailure.notFound)
      const read = readSaved(raw)
      if (!read.ok) throw new StorageError(StorageFailure.unreadable)
      return read.scenario
    })
  }

  /** The record exactly as stored, for a user to download when it cannot be read. */
  async raw(id: string): Promise<unknown> {
    return this.run(() => this.db.get('scenarios', id))
  }

  /**
   * Saves a scenario. `expectedRev` is the revision it was opened at (null: a new one). Refused
   * with a conflict, and nothing written, if the stored revision differs or cannot be read.
   */
  async save(
    scenario: ScenarioFile & { id: string },
    expectedRev: number | null,
  ): Promise<SavedScenario> {
    return this.run(async () => {
      const tx = this.db.transaction('scenarios', 'readwrite')
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
    return this.run(async () => {
      const tx = this.db.transaction(['scenarios', 'trash'], 'readwrite')
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
    return this.run(async () => {
      const tx = this.db.transaction(['scenarios', 'trash'], 'readwrite')
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

  /** This tab's draft; a draft that cannot be read is moved aside (kept) and null returned. */
  async draft(tab: string): Promise<{ draft: Draft | null; quarantined: boolean }> {
    return this.run(async () => {
      const raw = await this.db.get('drafts', tab)
      if (raw === undefined) return { draft: null, quarantined: false }
      const draft = readDraft(raw)
      if (draft) return { draft, quarantined: false }
      const tx = this.db.transaction(['drafts', 'quarantine'], 'readwrite')
      await tx.objectStore('quarantine').add({ store: 'drafts', key: tab, raw, at: now() })
      await tx.objectStore('drafts').delete(tab)
      await tx.done
      return { draft: null, quarantined: true }
    })
  }

  async putDraft(tab: string, draft: Draft): Promise<void> {
    return this.run(async () => {
      await this.db.put('drafts', draft, tab)
    })
  }

  async removeDraft(tab: string): Promise<void> {
    return this.run(async () => {
      await this.db.delete('drafts', tab)
    })
  }
}
