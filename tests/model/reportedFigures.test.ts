import { describe, expect, it } from 'vitest'
import { loadModel, validateModel } from '../../src/model/load/validateModel'
import { vestvagoyJson, vestvagoyText } from '../builders/model'

describe('figures the report prints that its own lines do not give', () => {
  const loaded = loadModel(vestvagoyText())
  const warnings = loaded.ok ? loaded.warnings : []
  const at = (...path: (string | number)[]) =>
    warnings.find((w) => 'path' in w && JSON.stringify(w.path) === JSON.stringify(path))

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
})
