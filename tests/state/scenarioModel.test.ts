import { describe, expect, it } from 'vitest'
import { validateModel } from '../../src/model/load/validateModel'
import { bundledModel, ownModel, type LibraryModel } from '../../src/state/library'
import { scenarioModel } from '../../src/state/scenarioModel'
import { minimalModel } from '../builders/model'

const SAVED_AT = '2026-11-24T12:00:00.000Z'

const published = (id: string, file: Record<string, unknown> = minimalModel({ id })) =>
  bundledModel({ name: `${id}.json`, parsed: file, load: validateModel(file) })
const own = (id: string, file: Record<string, unknown> = minimalModel({ id })) =>
  ownModel({ id, rev: 1, file, createdAt: SAVED_AT, savedAt: SAVED_AT })

describe('finding the model a scenario was made on', () => {
  it('finds the open model without looking further', () => {
    expect(scenarioModel('a', [own('a')], 'a')).toEqual({ kind: 'open' })
  })

  it('finds another model in the library by its id', () => {
    const library = [published('a'), own('b')]
    expect(scenarioModel('b', library, 'a')).toEqual({ kind: 'other', model: library[1] })
    expect(scenarioModel('a', library, undefined)).toEqual({ kind: 'other', model: library[0] })
  })

  it('prefers, of two models with the same id, the one that loads', () => {
    const draft = own('a', { ...minimalModel({ id: 'a' }), measures: [] })
    const good = published('a')
    expect(draft.load.ok).toBe(false)
    expect(scenarioModel('a', [draft, good], 'z')).toEqual({ kind: 'other', model: good })
  })

  it('gives the one with errors when no model with that id loads', () => {
    const draft = own('a', { ...minimalModel({ id: 'a' }), measures: [] })
    const library: LibraryModel[] = [published('b'), draft]
    expect(scenarioModel('a', library, 'b')).toEqual({ kind: 'other', model: draft })
  })

  it('names the model missing from this browser', () => {
    expect(scenarioModel('flakstad-2026', [published('a')], 'a')).toEqual({
      kind: 'missing',
      id: 'flakstad-2026',
    })
  })
})
