import { expect } from 'vitest'
import { StorageError } from '../../src/state/storage/storageError'

/** The storage failure a piece of work ends in; the test fails if it ends in anything else. */
export async function failure(work: Promise<unknown>) {
  const error: unknown = await work.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(StorageError)
  return (error as StorageError).failure
}
