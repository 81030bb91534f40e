import { describe, expect, it } from 'vitest'
import type { LibraryModel } from '../../../src/state/library'
import { withModel } from '../../../src/state/share/withModel'
import type { ModelRepository } from '../../../src/state/storage/modelRepository'
import { scenarioOf } from '../../builders/scenario'

const ownFile = (version: string) => ({ id: 'var-kommune', version, title: 'Vår kommune' })

const entry = (source: LibraryModel['source'], id: string, version: string): LibraryModel => ({
  key: `${source}:${id}`,
  source,
  id,
  version,
  title: id,
  file: source === 'own' ? ownFile(version) : { id, version },
  load: { ok: false, problems: [] },
})

/** A model store holding the given versions' files, and saying when it was asked. */
const keeping = (files: Record<string, unknown>) => {
  const asked: string[] = []
  const repository = {
    version: (id: string, version: string) => {
      asked.push(`${id} ${version}`)
      return Promise.resolve(files[version])
    },
  } as unknown as ModelRepository
  return { repository, asked }
}

const onOwn = (version: string) =>
  scenarioOf({ model: { id: 'var-kommune', version }, modelFile: { stale: true } })

describe('a scenario as a link or an exported file carries it', () => {
  it('goes alone on a published model, whatever file it came with', async () => {
    const { repository, asked } = keeping({})
    const scenario = scenarioOf({ modelFile: { stale: true } })
    const carried = await withModel(
      scenario,
      [entry('own', 'vestvagoy-2014', '2014.1'), entry('bundled', 'vestvagoy-2014', '2014.1')],
      repository,
    )
    const { modelFile: _stale, ...alone } = scenario
    expect(carried).toEqual(alone)
    expect(carried).not.toHaveProperty('modelFile')
    expect(asked).toEqual([])
  })

  it('carries the own model’s file when the scenario is on its current version', async () => {
    const { repository, asked } = keeping({})
    const carried = await withModel(
      onOwn('2'),
      [entry('bundled', 'var-kommune', '1'), entry('own', 'var-kommune', '2')],
      repository,
    )
    expect(carried.modelFile).toEqual(ownFile('2'))
    expect(asked).toEqual([])
  })

  it('carries the version kept for it when the own model has moved on', async () => {
    const { repository, asked } = keeping({ '1': ownFile('1') })
    const carried = await withModel(
      onOwn('1'),
      // The newer version on screen, and another own model of the same version, are not its.
      [entry('own', 'var-kommune', '2'), entry('own', 'annen', '1')],
      repository,
    )
    expect(carried.modelFile).toEqual(ownFile('1'))
    expect(asked).toEqual(['var-kommune 1'])
  })

  it('goes alone, and never throws, when no file of that version can be had', async () => {
    const failing = {
      version: () => Promise.reject(new DOMException('gone', 'NotFoundError')),
    } as unknown as ModelRepository
    for (const [repository, library] of [
      [null, []],
      [failing, [entry('own', 'var-kommune', '2')]],
    ] as const) {
      expect(await withModel(onOwn('1'), library, repository)).not.toHaveProperty('modelFile')
    }
    for (const kept of [null, 'tekst', 7, [ownFile('1')]]) {
      const { repository } = keeping({ '1': kept })
      expect(await withModel(onOwn('1'), [], repository)).not.toHaveProperty('modelFile')
    }
  })
})
