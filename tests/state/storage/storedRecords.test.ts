import { describe, expect, it } from 'vitest'
import { readDraft, readSaved, type Draft } from '../../../src/state/storage/storedRecords'
import { scenarioOf } from '../../builders/scenario'

const saved = {
  ...scenarioOf(),
  id: 's1',
  rev: 3,
  createdAt: '2026-11-20T09:00:00Z',
  updatedAt: '2026-11-23T10:00:00Z',
}

const draft: Draft = {
  scenario: scenarioOf(),
  base: { id: 's1', rev: 2 },
  published: 'forslag.json',
  untitled: false,
  savedAt: '2026-11-23T10:00:00Z',
}

describe('a saved scenario read back from the browser', () => {
  it('is the scenario as it was saved', () => {
    expect(readSaved(saved)).toEqual({ ok: true, scenario: saved })
  })

  it.each(['id', 'rev', 'createdAt', 'updatedAt'] as const)(
    'is unreadable without its %s, which only saving gives it',
    (field) => {
      const { [field]: _, ...rest } = saved
      expect(readSaved(rest)).toEqual({
        ok: false,
        problems: [{ code: 'missingField', path: ['id'] }],
      })
    },
  )

  it('is unreadable with the problems of a damaged scenario', () => {
    const read = readSaved({ ...saved, name: 42 })
    expect(read.ok).toBe(false)
    if (!read.ok) expect(read.problems[0]).toMatchObject({ path: ['name'] })
  })
})

describe('a tab’s unsaved work read back from the browser', () => {
  it.each([
    ['opened from a saved scenario', draft],
    ['new, and not published', { ...draft, base: null, published: null, untitled: true }],
  ])('is the work as it was kept, %s', (_, record) => {
    expect(readDraft(record)).toEqual(record)
  })

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['text', 'utkast'],
    ['an array, whatever it holds', Object.assign([], draft)],
    ['a damaged scenario', { ...draft, scenario: { ...scenarioOf(), name: 42 } }],
    ['no scenario', { ...draft, scenario: undefined }],
    ['a base that is not a record', { ...draft, base: 's1' }],
    ['a base that is an array', { ...draft, base: Object.assign([], { id: 's1', rev: 2 }) }],
    ['a base without an id', { ...draft, base: { rev: 2 } }],
    ['a base whose id is a number', { ...draft, base: { id: 1, rev: 2 } }],
    ['a base whose revision is not a whole number', { ...draft, base: { id: 's1', rev: 1.5 } }],
    ['a base whose revision is text', { ...draft, base: { id: 's1', rev: '2' } }],
    ['no base at all', { ...draft, base: undefined }],
    ['a published name that is a number', { ...draft, published: 7 }],
    ['no published field', { ...draft, published: undefined }],
    ['an untitled flag that is text', { ...draft, untitled: 'false' }],
    ['no untitled flag', { ...draft, untitled: undefined }],
    ['a time that is a number', { ...draft, savedAt: 1_700_000_000 }],
    ['no time', { ...draft, savedAt: undefined }],
  ])('is unreadable when it is %s', (_, record) => {
    expect(readDraft(record)).toBeNull()
  })
})
