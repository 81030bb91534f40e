import { describe, expect, it } from 'vitest'
import type { SavedScenario } from '../../../src/model/scenario/scenarioFile'
import { storageAttempt } from '../../../src/state/storage/attempt'
import { StorageError } from '../../../src/state/storage/storageError'
import type { ScenarioRepository } from '../../../src/state/storage/scenarioRepository'
import { createScenarioStore } from '../../../src/state/store'
import { scenarioOf } from '../../builders/scenario'

const newer: SavedScenario = {
  ...scenarioOf({ name: 'Deres' }),
  id: 's1',
  rev: 4,
  createdAt: '2026-11-20T09:00:00Z',
  updatedAt: '2026-11-24T10:00:00Z',
}

/** A store with storage connected, and an attempt at a piece of work that fails with `error`. */
async function failing(error: Error, name?: string) {
  const store = createScenarioStore()
  store.setState({ repository: {} as ScenarioRepository })
  const attempt = storageAttempt(store.getState, store.setState)
  const result = await attempt(name, () => Promise.reject(error))
  return { result, state: store.getState() }
}

describe('a piece of storage work that fails', () => {
  it('says so once, naming the scenario where there is one', async () => {
    const { result, state } = await failing(new StorageError('full'), 'Plan')
    expect(result).toBeNull()
    expect(state.storageIssue).toStrictEqual({ failure: 'full', name: 'Plan' })
  })

  it('names nothing where the work is on no scenario', async () => {
    const { state } = await failing(new StorageError('failed'))
    expect(state.storageIssue).toStrictEqual({ failure: 'failed' })
  })

  it('keeps another tab’s newer save to offer when the save is refused for it', async () => {
    const { state } = await failing(new StorageError('conflict', { current: newer }), 'Plan')
    expect(state.conflict).toEqual(newer)
    expect(state.storageIssue).toStrictEqual({ failure: 'conflict', name: 'Plan' })
  })

  it('offers nothing when the scenario was deleted meanwhile, or the failure is another', async () => {
    expect(
      (await failing(new StorageError('conflict', { current: null }))).state.conflict,
    ).toBeNull()
    expect(
      (await failing(new StorageError('notFound', { current: newer }))).state.conflict,
    ).toBeNull()
  })
})
