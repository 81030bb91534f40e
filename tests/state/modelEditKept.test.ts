import { describe, expect, it } from 'vitest'
import { readKeptModelEdit } from '../../src/state/modelEditKept'

const file = { id: 'egen', title: 'Halvferdig' }
const saved = { id: 'egen', title: 'Lagret' }

describe('reading back the model editor’s kept work after a reload', () => {
  it.each([
    ['a new model never saved', { id: null, rev: null, file, savedFile: null }],
    ['a stored model with unsaved edits', { id: 'egen', rev: 3, file, savedFile: saved }],
  ])('goes on with %s', (_, kept) => {
    expect(readKeptModelEdit(kept)).toEqual(kept)
  })

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a list', [file]],
    ['no file', { id: null, rev: null, savedFile: null }],
    ['a file that is a list', { id: null, rev: null, file: [1], savedFile: null }],
    ['a file that is text', { id: null, rev: null, file: 'x', savedFile: null }],
    ['an id that is a number', { id: 7, rev: 1, file, savedFile: null }],
    ['a missing id', { rev: null, file, savedFile: null }],
    ['a revision of 0', { id: 'egen', rev: 0, file, savedFile: null }],
    ['a negative revision', { id: 'egen', rev: -1, file, savedFile: null }],
    ['a revision with a fraction', { id: 'egen', rev: 1.5, file, savedFile: null }],
    ['a revision as text', { id: 'egen', rev: '1', file, savedFile: null }],
    ['a missing revision', { id: 'egen', file, savedFile: null }],
    ['a saved file that is text', { id: 'egen', rev: 1, file, savedFile: 'x' }],
    ['a saved file that is a list', { id: 'egen', rev: 1, file, savedFile: [] }],
    ['a missing saved file', { id: 'egen', rev: 1, file }],
  ])('takes %s for no kept work', (_, raw) => {
    expect(readKeptModelEdit(raw)).toBeNull()
  })
})
