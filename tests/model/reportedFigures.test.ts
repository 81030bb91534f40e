import { describe, expect, it } from 'vitest'
import type { Problem } from '../../src/model/problems'
import { loadModel, validateModel } from '../../src/model/load/validateModel'
import { vestvagoyJson, vestvagoyText, type Json } from '../builders/model'

describe('figures the report prints that its own lines do not give', () => {
  // Loaded in the tests, not as they are collected: a check that throws fails them, by name.
  let loaded: Problem[] | undefined
  const vestvagoyWarnings = (): Problem[] => {
    if (!loaded) {
      const result = loadModel(vestvagoyText())
      loaded = result.ok ? result.warnings : []
    }
    return loaded
  }
  const at = (...path: (string | number)[]) =>
    vestvagoyWarnings().find((w) => 'path' in w && JSON.stringify(w.path) === JSON.stringify(path))

  it('keeps both the printed total and the lines, and reports the difference', () => {
    expect(at('accounts', 1, 'reportedTotals', '2011')).toMatchObject({
      code: 'reportedMismatch',
      quantity: 'amount',
      computedFrom: 'lines',
      reported: '-4034000',
      computed: '-4039000',
      difference: '-5000',
    })
    expect(at('accounts', 1, 'reportedTotals', '2012')).toMatchObject({ computed: '-7982000' })
    expect(at('accounts', 1, 'reportedTotals', '2013')).toMatchObject({ computed: '-8927000' })
    expect(at('accounts', 0, 'reportedTotals', '2011')).toMatchObject({ difference: '-1000' })
  })

  it('says where the household cases truncate the tax', () => {
    expect(at('households', 0, 'reportedDisposable', 'qualification')).toMatchObject({
      quantity: 'monthlyAmount',
      computedFrom: 'lines',
      reported: '15956',
      computed: '15955.2',
    })
    expect(at('households', 0, 'reportedDisposable', 'intro')).toBeUndefined()
  })

  it('finds no mismatch in what does add up: grants, settlement, shares, measures, packages', () => {
    const warnings = vestvagoyWarnings()
    const paths = warnings.map((w) => ('path' in w ? String(w.path[0]) : ''))
    expect(new Set(paths)).toEqual(new Set(['accounts', 'households']))
    expect(warnings).toHaveLength(10)
  })

  it('warns when a measure’s drivers no longer give the printed figure', () => {
    const json = vestvagoyJson() as {
      measures: { drivers: { inputs: Record<string, string> }[] }[]
    }
    json.measures[0]!.drivers[0]!.inputs['costPerStaffYear'] = '700000'
    const result = validateModel(json)
    expect(result.ok && result.warnings).toContainEqual(
      expect.objectContaining({
        code: 'reportedMismatch',
        path: ['measures', 0, 'reported'],
        reported: '-750000',
        computed: '-700000',
      }),
    )
    expect(result.ok && result.warnings).toContainEqual(
      expect.objectContaining({ path: ['packages', 0, 'reported', 'total'], computed: '-6650000' }),
    )
  })

  type Key = string | number
  /** The Vestvågøy file's warnings with the value at `path` replaced. */
  const warningsWith = (path: Key[], value: string) => {
    const json = vestvagoyJson()
    const parent = path
      .slice(0, -1)
      .reduce<Record<Key, unknown>>((node, key) => node[key] as Record<Key, unknown>, json)
    parent[path.at(-1)!] = value
    const result = validateModel(json)
    return result.ok ? result.warnings : []
  }
  const share = ['partnership', 'keys', 0, 'reportedShares']

  it.each<[string, Key[], string, Record<string, string>]>([
    [
      'a grant total',
      ['grants', 'reportedTotal'],
      '65300000',
      { quantity: 'amount', computedFrom: 'lines', computed: '65200000' },
    ],
    [
      'a grant subtotal by category',
      ['grants', 'reportedByCategory', 'integration'],
      '44000000',
      { quantity: 'amount', computedFrom: 'lines', computed: '44100000' },
    ],
    [
      'a settlement total',
      ['settlement', 'reportedTotals', '2013'],
      '44',
      { quantity: 'persons', computedFrom: 'lines', computed: '43' },
    ],
    [
      'a partnership share, compared at its printed decimals',
      [...share, 'navNordland'],
      '0.652',
      { quantity: 'share', computedFrom: 'calculation' },
    ],
    [
      'a household’s tax, in whole kroner',
      ['households', 0, 'lines', 2, 'reported', 'intro'],
      '-5890',
      { quantity: 'monthlyAmount', computedFrom: 'calculation', computed: '-5891.2' },
    ],
  ])('says when %s no longer adds up, with the source’s note', (_, path, printed, expected) => {
    const warnings = warningsWith(path, printed)
    const found = warnings.find(
      (w) => 'path' in w && JSON.stringify(w.path) === JSON.stringify(path),
    )
    expect(found).toMatchObject({
      code: 'reportedMismatch',
      reported: printed,
      ...expected,
    })
    expect(found).toHaveProperty('note')
    expect(warnings).toHaveLength(11)
  })

  it('says when a package’s figure for one theme no longer adds up', () => {
    const theme = ['packages', 0, 'reported', 'byTheme', 'organisation']
    const warnings = warningsWith([...theme, 'amount'], '-1600000')
    expect(warnings.find((w) => 'path' in w && w.path[0] === 'packages')).toMatchObject({
      path: theme,
      computedFrom: 'measures',
      computed: '-1500000',
      difference: '100000',
    })
  })

  it('compares a share printed with fewer decimals at its own precision', () => {
    expect(warningsWith([...share, 'vestvagoy'], '0.27')).toHaveLength(10)
    // Printed without decimals: compared to the whole unit, where 0,039 is 0.
    expect(warningsWith([...share, 'moskenes'], '0')).toHaveLength(10)
  })

  type Households = { households: { reportedDisposable: Record<string, string> }[] }
  type Settlement = { settlement: { note?: string; reportedTotals: Record<string, string> } }
  /** The Vestvågøy file's mismatch warnings after `change`, by path. */
  const mismatchesAfter = (change: (json: Settlement) => void) => {
    const json = vestvagoyJson() as Settlement
    change(json)
    const result = validateModel(json)
    const found = new Map<string, Problem>()
    for (const w of result.ok ? result.warnings : [])
      if (w.code === 'reportedMismatch') found.set(w.path.join('/'), w)
    return found
  }

  it('compares only the disposable incomes the source prints', () => {
    const found = mismatchesAfter((json) => {
      const [family] = (json as Json as Households).households
      delete family?.reportedDisposable['qualification']
    })
    expect(found.has('households/0/reportedDisposable/qualification')).toBe(false)
    expect(found.has('households/0/lines/2/reported/qualification')).toBe(true)
  })

  it('gives no note where the source has none', () => {
    const found = mismatchesAfter(({ settlement }) => {
      delete settlement.note
      settlement.reportedTotals['2013'] = '44'
    })
    expect(found.get('settlement/reportedTotals/2013')).toMatchObject({ computed: '43' })
    expect(found.get('settlement/reportedTotals/2013')).not.toHaveProperty('note')
  })
})
