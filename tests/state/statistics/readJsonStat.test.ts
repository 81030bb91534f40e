import { describe, expect, it } from 'vitest'
import { readJsonStat } from '../../../src/state/statistics/readJsonStat'
import { valuesOf } from './fixtures'

type Json = Record<string, unknown>

/** Vestvågøy's functions 242 and FGK12 in 2024 in 1000 kr, without roles; changed by `change`. */
function dataset(change: (d: Json & { dimension: Json; value: unknown[] }) => void = () => {}) {
  const d = {
    version: '2.0',
    class: 'dataset',
    label: 'Utgifter (1000 kr)',
    id: ['region', 'funksjon', 'Tid'],
    size: [1, 2, 1],
    dimension: {
      region: { category: { index: ['1860'], label: { '1860': '1860 Vestvågøy' } } },
      funksjon: {
        category: { index: ['242', 'FGK12'], label: { '242': '242 Råd', FGK12: 'Samlet' } },
      },
      Tid: { category: { index: ['2024'] } },
    },
    value: [1234.5, 99],
  } as Json & { dimension: Json; value: unknown[] }
  change(d)
  return JSON.stringify(d)
}

async function values(text: string) {
  const read = await readJsonStat(text)
  if (!read.ok) throw new Error(JSON.stringify(read.problem))
  return valuesOf(read.table)
}

describe('reading a JSON-stat dataset of accounts', () => {
  it('finds the dimensions by their ids, names categories without their codes, and skips groups', async () => {
    const read = await readJsonStat(dataset())
    if (!read.ok) throw new Error(JSON.stringify(read.problem))
    expect(read.table).toMatchObject({
      format: 'jsonStat',
      title: 'Utgifter (1000 kr)',
      municipalities: [{ code: '1860', name: 'Vestvågøy' }],
      functions: [{ code: '242', name: 'Råd' }],
      years: [2024],
      variables: [{ label: '', scale: 1000 }],
    })
    expect(valuesOf(read.table)).toEqual([['1860', '242', 2024, '', { value: '1234.5' }]])
  })

  it('names a variable by its categories and finds its unit in their unit', async () => {
    const text = dataset((d) => {
      d.label = 'Utgifter'
      d.id = ['region', 'funksjon', 'art', 'ContentsCode', 'Tid']
      d.size = [1, 2, 1, 1, 1]
      d.dimension.art = { category: { index: ['AGD2'], label: { AGD2: 'Netto' } } }
      d.dimension.ContentsCode = {
        category: {
          index: ['Belop'],
          label: { Belop: 'Beløp' },
          unit: { Belop: { base: 'kroner' } },
        },
      }
    })
    expect(await values(text)).toEqual([['1860', '242', 2024, 'Netto, Beløp', { value: '1234.5' }]])
  })

  it('reads a missing value with its status, or «..» without one', async () => {
    const withStatus = dataset((d) => {
      d.value = [null, 1]
      d.status = { '0': '.' }
    })
    expect(await values(withStatus)).toEqual([['1860', '242', 2024, '', { missing: '.' }]])
    expect(await values(dataset((d) => (d.value = [null, 1])))).toEqual([
      ['1860', '242', 2024, '', { missing: '..' }],
    ])
  })

  it.each([
    [-0.5, '-0.5'],
    [0.001, '0.001'],
    [123456789012345, '123456789012345'],
    [0.123456789012345, '0.123456789012345'],
  ])('keeps the value %s exactly as written', async (value, text) => {
    expect(await values(dataset((d) => (d.value = [value, 1])))).toEqual([
      ['1860', '242', 2024, '', { value: text }],
    ])
  })

  it.each([
    [1234567890123456, 'valueTooPrecise', '1234567890123456'],
    [1e21, 'valueTooPrecise', '1e+21'],
    [1e-7, 'valueTooPrecise', '1e-7'],
    [true, 'valueNotNumber', 'true'],
  ])('refuses the value %s, saying where', async (value, code, text) => {
    expect(await readJsonStat(dataset((d) => (d.value = [value, 1])))).toEqual({
      ok: false,
      problem: { code, where: 'Vestvågøy, 242 Råd, 2024, ', text },
    })
  })

  it.each([
    ['region', 'region', 'område'],
    ['function', 'funksjon', 'tjeneste'],
    ['year', 'Tid', 'periode'],
  ])('says the %s dimension is missing', async (dimension, id, other) => {
    const text = dataset((d) => {
      d.id = (d.id as string[]).map((x) => (x === id ? other : x))
      d.dimension[other] = d.dimension[id]
    })
    expect(await readJsonStat(text)).toEqual({
      ok: false,
      problem: { code: 'missingDimension', dimension },
    })
  })

  it('finds dimensions by their roles or labels whatever their ids', async () => {
    const text = dataset((d) => {
      d.id = ['A', 'B', 'C']
      d.role = { geo: ['A'], time: ['C'] }
      d.dimension = {
        A: d.dimension.region,
        B: { label: 'funksjon', ...(d.dimension.funksjon as Json) },
        C: d.dimension.Tid,
      }
    })
    expect(await values(text)).toEqual([['1860', '242', 2024, '', { value: '1234.5' }]])
  })

  it('refuses a dataset with only groups of functions', async () => {
    const text = dataset((d) => {
      d.size = [1, 1, 1]
      d.dimension.funksjon = { category: { index: ['FGK12'] } }
      d.value = [1]
    })
    expect(await readJsonStat(text)).toEqual({ ok: false, problem: { code: 'noKostraFunctions' } })
  })
})
