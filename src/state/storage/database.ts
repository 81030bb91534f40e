import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import { classify, StorageError, StorageFailure } from './storageError'

/** Every store the app keeps, all in one database so a write can span them in one transaction. */
export interface Schema extends DBSchema {
  // Stored as written, and read through a decoder: a damaged record is reported, not used.
  scenarios: { key: string; value: unknown }
  trash: { key: string; value: { scenario: unknown; deletedAt: string } }
  drafts: { key: string; value: unknown }
  quarantine: {
    key: number
    value: { store: string; key: string; raw: unknown; at: string }
    autoIncrement: true
  }
  /** The user's models, each with its revision; a model file in it may be a draft with errors. */
  models: { key: string; value: unknown }
  modelTrash: { key: string; value: { model: unknown; deletedAt: string } }
  /** Earlier versions of a model that scenarios were made on, by [model id, version]. */
  modelVersions: { key: [string, string]; value: unknown }
  /** Small choices kept across sessions, such as which model was open. */
  settings: { key: string; value: unknown }
}

export type Connection = IDBPDatabase<Schema>

/** Version 2 added the models. Each step adds stores; none changes what an earlier one holds. */
const VERSION = 2

export interface DatabaseEvents {
  /** The database was deleted while open (site data cleared): what was saved is gone, and the
   *  next operation makes it anew, empty. */
  deleted?: () => void
}

/**
 * The app's one IndexedDB database. A database deleted while open is made anew on the next use; one
 * upgraded by a newer version of the app in another tab is left to it, and this tab stops writing.
 * Every failure comes out as a StorageError.
 */
export class Database {
  private db: Connection | null = null
  private lost: 'deleted' | 'newer' | null = null

  private constructor(
    private readonly name: string,
    private readonly events: DatabaseEvents,
  ) {}

  static async open(name = 'omstilling', events: DatabaseEvents = {}): Promise<Database> {
    const database = new Database(name, events)
    try {
      if (typeof indexedDB === 'undefined') throw new StorageError(StorageFailure.unavailable)
      database.db = await database.connect()
      return database
    } catch (error) {
      // Whatever stops the database from opening leaves the app without storage, not broken.
      const failure = classify(error)
      throw failure.failure === StorageFailure.failed
        ? new StorageError(StorageFailure.unavailable, { cause: error })
        : failure
    }
  }

  private async connect(): Promise<Connection> {
    const db = await openDB<Schema>(this.name, VERSION, {
      upgrade(database, oldVersion) {
        if (oldVersion < 1) {
          database.createObjectStore('scenarios')
          database.createObjectStore('trash')
          database.createObjectStore('drafts')
          database.createObjectStore('quarantine', { autoIncrement: true })
        }
        if (oldVersion < 2) {
          database.createObjectStore('models')
          database.createObjectStore('modelTrash')
          database.createObjectStore('modelVersions')
          database.createObjectStore('settings')
        }
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

  private async connection(): Promise<Connection> {
    if (this.lost === 'newer') throw new StorageError(StorageFailure.newerVersion)
    this.db ??= await this.connect()
    return this.db
  }

  close(): void {
    this.db?.close()
    this.db = null
  }

  /** Runs one piece of work on the connection; a failure comes out as a StorageError. */
  async run<T>(work: (db: Connection) => Promise<T>): Promise<T> {
    try {
      return await work(await this.connection())
    } catch (error) {
      // The connection closed under the work (the database was being deleted): once more on a
      // fresh one, and only then report.
      if (this.db === null && this.lost === 'deleted') {
        try {
          return await work(await this.connection())
        } catch (again) {
          throw classify(again)
        }
      }
      throw classify(error)
    }
  }
}
