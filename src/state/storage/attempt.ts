import type { StoreApi } from 'zustand'
import type { Store } from '../store'
import type { ScenarioRepository } from './scenarioRepository'
import { classify, StorageFailure } from './storageError'

/**
 * Runs a storage operation for the store: a failure is said to the user once (with the scenario's
 * or model's name where there is one), a conflict keeps the newer save to offer, and nothing else
 * changes. Resolves to null when the work did not happen. By default the work is on the saved
 * scenarios; `repositoryOf` picks another repository of the same database.
 */
export function storageAttempt<R = ScenarioRepository>(
  get: StoreApi<Store>['getState'],
  set: StoreApi<Store>['setState'],
  repositoryOf: (state: Store) => R | null = (state) => state.repository as R | null,
) {
  return async <T>(name: string | undefined, work: (repo: R) => Promise<T>): Promise<T | null> => {
    const repository = repositoryOf(get())
    if (!repository) {
      set({ storageIssue: { failure: get().storageIssue?.failure ?? StorageFailure.unavailable } })
      return null
    }
    try {
      return await work(repository)
    } catch (error) {
      const failure = classify(error)
      set({ storageIssue: { failure: failure.failure, ...(name !== undefined && { name }) } })
      if (failure.failure === StorageFailure.conflict && failure.detail.current) {
        set({ conflict: failure.detail.current })
      }
      return null
    }
  }
}
