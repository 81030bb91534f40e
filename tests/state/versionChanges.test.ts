import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { Database } from '../../src/state/storage/database'
import { ModelRepository } from '../../src/state/storage/modelRepository'
import { StorageError, StorageFailure } from '../../src/state/storage/storageError'
import { onOtherVersion, versionChanges } from '../../src/state/versionChanges'
import { vestvagoy, vestvagoyJson } from '../builders/model'
import { scenarioOf } from '../builders/scenario'
import { freshDb } from '../builders/tabs'

const opened: Database[] = []
afterEach(() => opened.splice(0).forEach((database) => database.close()))

async function repository() {
  const database = await Database.open(freshDb())
  opened.push(database)
  return new ModelRepository(database)
}

/** The scenario made on version «old» of the Vestvågøy model, now at 2014.1. */
const onOld = scenarioOf({ model: { id: 'vestvagoy-2014', version: 'old' } })

describe('what changed since the version a scenario was made on', () => {
  it('compares the kept version with the model now', async () => {
    const models = await repository()
    const old = vestvagoyJson()
    ;(old.measures as { id: string; title: string }[])[0]!.title = 'Gammel tittel'
    old.measures = (old.measures as { id: string }[]).filter((m) => m.id !== 'V')
    await models.keepVersion('vestvagoy-2014', 'old', { ...old, version: 'old' })
    const changes = await versionChanges(models, onOld, vestvagoy())
    expect(changes?.added.map((m) => m.id)).toEqual(['V'])
    expect(changes?.removed).toEqual([])
    expect(changes?.otherwise.map((m) => m.id)).toEqual(['A'])
  })

  it('cannot be said without storage, without the kept version, or when it cannot be read', async () => {
    const models = await repository()
    expect(await versionChanges(null, onOld, vestvagoy())).toBeNull()
    expect(await versionChanges(models, onOld, vestvagoy())).toBeNull()
    await models.keepVersion('vestvagoy-2014', 'old', { ...vestvagoyJson(), measures: 'x' })
    expect(await versionChanges(models, onOld, vestvagoy())).toBeNull()
    const failing = { run: () => Promise.reject(new StorageError(StorageFailure.failed)) }
    const broken = new ModelRepository(failing as unknown as Database)
    expect(await versionChanges(broken, onOld, vestvagoy())).toBeNull()
  })
})

describe('whether a scenario is on another version of the open model', () => {
  it.each([
    ['another version of it', { id: 'vestvagoy-2014', version: 'old' }, true],
    ['the same version', { id: 'vestvagoy-2014', version: '2014.1' }, false],
    ['another model', { id: 'flakstad', version: 'old' }, false],
  ])('%s: %s', (_, model, expected) => {
    expect(onOtherVersion(scenarioOf({ model }), vestvagoy())).toBe(expected)
  })

  it('is not when no model is open', () => {
    expect(onOtherVersion(onOld, null)).toBe(false)
  })
})
