import { describe, expect, it } from 'vitest'
import { readBundledFiles } from '../../src/state/readBundledFiles'
import {
  bundledModel,
  freeModelId,
  nextVersion,
  ownModel,
  type LibraryModel,
} from '../../src/state/library'
import { vestvagoyJson, vestvagoyText } from '../builders/model'

const stored = (file: Record<string, unknown>) => ({
  id: 'var-kommune',
  rev: 2,
  file,
  createdAt: '2026-11-20T09:00:00Z',
  savedAt: '2026-11-23T10:00:00Z',
})

describe('the models in the library', () => {
  it('shows a published model under its file’s title, id and version', () => {
    const [entry] = readBundledFiles({ 'vestvagoy-2014.json': vestvagoyText() }).models
    const json = vestvagoyJson()
    expect(bundledModel(entry!)).toEqual({
      key: 'file:vestvagoy-2014.json',
      source: 'bundled',
      id: json.id,
      title: json.title,
      version: json.version,
      file: json,
      load: entry!.load,
    })
  })

  it.each([
    ['is not JSON', '{'],
    ['is not an object', '[1, 2]'],
    ['has a title that is not text', '{"id": 7, "title": 42, "version": null}'],
  ])('names a published file that %s by its file name', (_, text) => {
    const [entry] = readBundledFiles({ 'broken.json': text }).models
    expect(bundledModel(entry!)).toMatchObject({ id: '', title: 'broken.json', version: '' })
  })

  it('never takes a field from what every object has', () => {
    const [entry] = readBundledFiles({ 'tom.json': '{}' }).models
    const model = bundledModel({ ...entry!, parsed: Object.create({ title: 'arvet' }) as object })
    expect(model.title).toBe('tom.json')
  })

  it('shows the user’s own model under its title, checked as a model', () => {
    const json = { ...vestvagoyJson(), id: 'var-kommune', title: 'Vår kommune', version: '3' }
    const record = stored(json)
    const model = ownModel(record)
    expect(model).toMatchObject({
      key: 'own:var-kommune',
      source: 'own',
      id: 'var-kommune',
      title: 'Vår kommune',
      version: '3',
      file: json,
      stored: record,
    })
    expect(model.load.ok).toBe(true)
  })

  it('shows an own model without a title under its id, with its problems', () => {
    const model = ownModel(stored({ format: 'omstilling.model' }))
    expect(model).toMatchObject({ title: 'var-kommune', version: '' })
    expect(model.load.ok).toBe(false)
  })
})

describe('a new model’s id', () => {
  const library = (...ids: string[]) => ids.map((id) => ({ id }) as LibraryModel)

  it.each([
    ['the one wanted, when free', [], 'modell'],
    ['the one wanted, when only a longer one is taken', ['modell-2'], 'modell'],
    ['numbered from 2 when taken', ['modell'], 'modell-2'],
    ['the first number free', ['modell', 'modell-2', 'modell-3', 'modell-5'], 'modell-4'],
  ])('is %s', (_, ids, expected) => {
    expect(freeModelId('modell', library(...ids))).toBe(expected)
  })
})

describe('a model’s next version', () => {
  it.each([
    ['2014.1', '2014.2'],
    ['2014.09', '2014.10'],
    ['v9', 'v10'],
    ['007', '008'],
    ['99999999999999999999', '100000000000000000000'],
    ['utkast', 'utkast-2'],
    ['2014.1a', '2014.1a-2'],
    ['', '-2'],
  ])('after %j is %j', (version, next) => {
    expect(nextVersion(version)).toBe(next)
  })
})
