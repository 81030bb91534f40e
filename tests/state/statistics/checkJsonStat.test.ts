import { describe, expect, it } from 'vitest'
import { checkJsonStat } from '../../../src/state/statistics/checkJsonStat'

type Json = Record<string, unknown>

/** A dataset of 2 regions × 3 years, changed by `change`. */
function dataset(change: (d: Json & { dimension: Json }) => void = () => undefined) {
  const d = {
    class: 'dataset',
    id: ['region', 'Tid'],
    size: [2, 3],
    dimension: {
      region: { category: { index: ['1860', '1865'] } },
      Tid: { category: { index: { '2022': 0, '2023': 1, '2024': 2 } } },
    },
    value: [1, 2, 3, 4, 5, 6],
  } as Json & { dimension: Json }
  change(d)
  return d
}

describe('checking a JSON-stat dataset before it is read', () => {
  it.each([
    ['categories listed', dataset()],
    ['values as a sparse object', dataset((d) => (d.value = { '0': 1, '5': 6 }))],
    [
      'a dimension of one category given only by its label',
      dataset((d) => {
        d.id = ['region', 'Tid', 'ContentsCode']
        d.size = [2, 3, 1]
        d.dimension.ContentsCode = { category: { label: { Netto: 'Netto driftsutgifter' } } }
      }),
    ],
  ])('passes %s', (_, json) => {
    expect(checkJsonStat(json)).toBeNull()
  })

  it.each([
    ['a list', [dataset()]],
    ['null', null],
    ['no class', dataset((d) => delete d.class)],
    ['another class', dataset((d) => (d.class = 'dimension'))],
    ['id not a list', dataset((d) => (d.id = 'region'))],
    ['size not a list', dataset((d) => (d.size = 6))],
    ['no dimensions', dataset((d) => Object.assign(d, { dimension: [] }))],
    ['a size that is not a whole number', dataset((d) => (d.size = [2, 1.5]))],
    ['a negative size', dataset((d) => (d.size = [2, -3]))],
    ['a size as text', dataset((d) => (d.size = [2, '3']))],
    ['an id that is not text', dataset((d) => (d.id = ['region', 3]))],
  ])('takes %s for no JSON-stat dataset', (_, json) => {
    expect(checkJsonStat(json)).toEqual({ code: 'notJsonStat' })
  })

  it.each(['collection', 'bundle'])('says a %s holds several datasets', (kind) => {
    expect(checkJsonStat(dataset((d) => (d.class = kind)))).toEqual({
      code: 'jsonStatCollection',
    })
  })

  it.each([
    ['missing', (d: Json & { dimension: Json }) => delete d.dimension.Tid],
    ['without categories', (d: Json & { dimension: Json }) => (d.dimension.Tid = {})],
    [
      'with a category that is not an object',
      (d: Json & { dimension: Json }) => (d.dimension.Tid = { category: 'x' }),
    ],
    [
      'with no categories listed',
      (d: Json & { dimension: Json }) => (d.dimension.Tid = { category: { index: [] } }),
    ],
    [
      'with labels of two categories but no index',
      (d: Json & { dimension: Json }) =>
        (d.dimension.Tid = { category: { label: { '2022': '2022', '2023': '2023' } } }),
    ],
    ['that is not an object', (d: Json & { dimension: Json }) => (d.dimension.Tid = [1, 2, 3])],
  ])('names a dimension %s', (_, change) => {
    expect(checkJsonStat(dataset(change))).toEqual({ code: 'badDimension', dimension: 'Tid' })
  })

  it('names a dimension whose categories are not as many as its size says', () => {
    expect(checkJsonStat(dataset((d) => (d.size = [2, 4])))).toEqual({
      code: 'dimensionSize',
      dimension: 'Tid',
      expected: 4,
      found: 3,
    })
  })

  it('says how many values there should be, and are', () => {
    expect(checkJsonStat(dataset((d) => (d.value = [1, 2, 3, 4, 5, 6, 7])))).toEqual({
      code: 'valueCount',
      expected: 6,
      found: 7,
    })
    expect(checkJsonStat(dataset((d) => delete d.value))).toEqual({
      code: 'valueCount',
      expected: 6,
      found: 0,
    })
    expect(checkJsonStat(dataset((d) => (d.value = 'x')))).toEqual({
      code: 'valueCount',
      expected: 6,
      found: 0,
    })
  })

  it('never takes what every object inherits for a part of the dataset', () => {
    expect(checkJsonStat(dataset((d) => (d.id = ['region', 'constructor'])))).toEqual({
      code: 'badDimension',
      dimension: 'constructor',
    })
  })
})
