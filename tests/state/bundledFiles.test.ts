import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { defaultModelFile, modelFiles, publishedFiles } from '../../src/state/bundledFiles'
import { readBundledFiles } from '../../src/state/readBundledFiles'
import { propertyRuns } from '../builders/fastCheck'
import { vestvagoyJson, vestvagoyText } from '../builders/model'
import { BUILT_IN_NAMES, builtInRenaming, ID_KINDS, renameIds } from '../builders/renameIds'
import { scenarioOf } from '../builders/scenario'

const renamed = () => {
  const json = vestvagoyJson()
  const names = Object.fromEntries(ID_KINDS.map((kind) => [kind, BUILT_IN_NAMES]))
  return JSON.stringify(renameIds(json, builtInRenaming(json, names).rename))
}
const scenario = (extra: object) => JSON.stringify({ ...scenarioOf(), ...extra })

describe('the files in scenarios/', () => {
  it('are read as the app is built, as the browser would read them', () => {
    const dir = fileURLToPath(new URL('../../scenarios/', import.meta.url))
    const files = Object.fromEntries(
      readdirSync(dir)
        .filter((name) => name.endsWith('.json'))
        .map((name) => [name, readFileSync(dir + name, 'utf8')]),
    )
    expect(modelFiles.map((m) => m.name)).toContain('vestvagoy-2014.json')
    expect({ models: modelFiles, published: publishedFiles }).toEqual(readBundledFiles(files))
  })

  it('come through the trip from the build to the browser, as JSON, unchanged, broken ones too', () => {
    const read = readBundledFiles({
      'vestvagoy-2014.json': vestvagoyText(),
      'forslag.json': scenario({ name: 'Forslag' }),
      'bad-date.json': scenario({ updatedAt: '2026-13-45T25:61:61Z' }),
      'broken.json': '{"id": 1',
      'wrong.json': JSON.stringify({ ...vestvagoyJson(), measures: 'none' }),
    })
    expect(read.models.filter((m) => !m.load.ok)).toHaveLength(2)
    expect(JSON.parse(JSON.stringify(read))).toEqual(read)
  })

  it('are each read as a model or a published scenario, a broken one with its problems', () => {
    const { models, published } = readBundledFiles({
      '../../scenarios/vestvagoy-2014.json': `\uFEFF${vestvagoyText()}`,
      '../../scenarios/renamed.json': renamed(),
      '../../scenarios/deep.json': '['.repeat(100_000),
      '../../scenarios/huge.json': `"${'x'.repeat(5_000_001)}"`,
      '../../scenarios/empty.json': '',
      '../../scenarios/null.json': 'null',
      '../../scenarios/forslag.json': `\uFEFF${scenario({ name: 'Forslag' })}`,
      '../../scenarios/bad-date.json': scenario({ updatedAt: '2026-13-45T25:61:61Z' }),
      '../../scenarios/big-scenario.json': scenario({ note: 'x'.repeat(1_000_001) }),
    })
    expect(models.map((m) => [m.name, m.load.ok ? 'ok' : m.load.problems[0]?.code])).toEqual([
      ['deep.json', 'tooDeep'],
      ['empty.json', 'notJson'],
      ['huge.json', 'fileTooLarge'],
      ['null.json', 'wrongType'],
      ['renamed.json', 'ok'],
      ['vestvagoy-2014.json', 'ok'],
    ])
    expect(published.map((p) => [p.name, p.ok ? p.scenario.name : p.problems[0]?.code])).toEqual([
      ['bad-date.json', 'badTimestamp'],
      ['big-scenario.json', 'fileTooLarge'],
      ['forslag.json', 'Forslag'],
    ])
  })

  it('never throw, whatever the files hold', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.json(),
      fc.nat(2000).map((n) => '['.repeat(n)),
      fc.constantFrom(vestvagoyText(), scenario({})),
    )
    fc.assert(
      fc.property(fc.dictionary(fc.string(), text, { maxKeys: 4 }), (files) => {
        const { models, published } = readBundledFiles(files)
        expect(models.length + published.length).toBe(Object.keys(files).length)
      }),
      propertyRuns(200),
    )
  }, 30_000)

  it('give a published scenario without an id the file’s name as its id', () => {
    const { published } = readBundledFiles({
      '../../scenarios/forslag.json': scenario({}),
      '../../scenarios/forslag.json.bak.json': scenario({}),
      '../../scenarios/med-id.json': scenario({ id: 'eget-id' }),
    })
    expect(published.map((p) => (p.ok ? p.scenario.id : p.problems))).toEqual([
      'forslag',
      'forslag.json.bak',
      'eget-id',
    ])
  })
})

describe('the model a new user sees', () => {
  const { models } = readBundledFiles({
    'a-broken.json': '{',
    'b-renamed.json': renamed(),
    'vestvagoy-2014.json': vestvagoyText(),
  })
  const [broken, other, vestvagoy] = models

  it.each([
    ['Vestvågøy 2014, wherever it is listed', models, vestvagoy],
    ['else the first model that loads', [broken!, other!], other],
    ['else the first file, to show its problems', [broken!], broken],
    ['nothing when there are no model files', [], undefined],
  ])('is %s', (_, entries, expected) => {
    expect(defaultModelFile(entries)).toBe(expected)
  })
})
