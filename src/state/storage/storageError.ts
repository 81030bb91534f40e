import type { SavedScenario } from '../../model/scenario/scenarioFile'

export const StorageFailure = {
  /** The browser's storage quota is used up. */
  full: 'full',
  /** IndexedDB cannot be used here (private mode, blocked, broken). */
  unavailable: 'unavailable',
  /** Someone (another tab) saved or deleted the scenario since it was opened. */
  conflict: 'conflict',
  /** The stored record cannot be read; it is kept as it is. */
  unreadable: 'unreadable',
  notFound: 'notFound',
  /** A newer version of the app upgraded the database in another tab; this one must reload. */
  newerVersion: 'newerVersion',
  failed: 'failed',
} as const
export type StorageFailure = (typeof StorageFailure)[keyof typeof StorageFailure]

/** A storage operation that did not happen, and why. Nothing was written when one is thrown. */
export class StorageError extends Error {
  constructor(
    readonly failure: StorageFailure,
    readonly detail: { current?: SavedScenario | null; cause?: unknown } = {},
  ) {
    super(`storage: ${failure}`)
  }
}

/** Browsers report a full quota as QuotaExceededError, or as an aborted transaction. */
export function classify(error: unknown): StorageError {
  if (error instanceof StorageError) return error
  const name = error instanceof Error || error instanceof DOMException ? error.name : ''
  if (name === 'QuotaExceededError') return new StorageError(StorageFailure.full, { cause: error })
  if (name === 'AbortError' && /quota/i.test(String((error as Error).message)))
    return new StorageError(StorageFailure.full, { cause: error })
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError')
    return new StorageError(StorageFailure.unavailable, { cause: error })
  return new StorageError(StorageFailure.failed, { cause: error })
}
