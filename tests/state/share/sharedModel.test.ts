import { describe, expect, it } from 'vitest'
import type { LibraryModel } from '../../../src/state/library'
import { sharedModel } from '../../../src/state/share/sharedModel'
import { minimalModel, validModel } from '../../builders/model'
import { scenarioOf } from '../../builders/scenario'

const modelFile = (id: string, version: string) => ({ ...minimalModel(), id, version })
const model = (id: string, version: string) => validModel(modelFile(id, version))

const entry = (key: string, id: string, version: string): LibraryModel => ({
  key,
  source: 'own',
  id,
  version,
  title: id,
  file: modelFile(id, version),
  load: { ok: true, model: model(id, version), warnings: [] },
})

const broken: LibraryModel = {
  ...entry('own:brutt', 'delt', '3'),
  load: { ok: false, problems: [] },
}
const on = (version: string, extra = {}) =>
  scenarioOf({ model: { id: 'delt', version }, selection: [], overrides: {}, ...extra })
const none = { model: null, key: null }

const shownOn = (result: ReturnType<typeof sharedModel>) =>
  result.ok ? `${result.key} ${result.model.id} ${result.model.version}` : 'refused'

describe('the model a shared scenario is shown on', () => {
  const library = [
    entry('own:delt-1', 'delt', '1'),
    entry('own:delt-2', 'delt', '2'),
    entry('own:annen', 'annen', '3'),
    broken,
  ]

  it('is the very version it was made on, when the library has it', () => {
    expect(
      shownOn(sharedModel(on('2', { modelFile: modelFile('delt', '9') }), library, none)),
    ).toBe('own:delt-2 delt 2')
  })

  it('else is the model it carries, checked in full, under no key', () => {
    expect(
      shownOn(sharedModel(on('9', { modelFile: modelFile('delt', '9') }), library, none)),
    ).toBe('null delt 9')
    const refused = sharedModel(on('9', { modelFile: { id: 'delt' } }), library, none)
    expect(refused.ok).toBe(false)
    expect(refused.ok ? [] : refused.problems).not.toEqual([])
  })

  it('else is the open model of that id, then any of that id, and never one that does not load', () => {
    const open = { model: model('delt', '2'), key: 'own:delt-2' }
    expect(shownOn(sharedModel(on('3'), library, open))).toBe('own:delt-2 delt 2')
    expect(shownOn(sharedModel(on('3'), library, none))).toBe('own:delt-1 delt 1')
    const other = { model: model('annen', '3'), key: 'own:annen' }
    expect(shownOn(sharedModel(on('3'), library, other))).toBe('own:delt-1 delt 1')
  })

  it('else is the open model, which then refuses what it does not know, or nothing at all', () => {
    const open = { model: model('annen', '3'), key: 'own:annen' }
    expect(shownOn(sharedModel(on('3'), [broken], open))).toBe('own:annen annen 3')
    expect(sharedModel(on('3'), [broken], none)).toEqual({ ok: false, problems: [] })
  })
})
