import { describe, expect, it } from 'vitest'
import { validateModel } from '../../src/model/load/validateModel'
import { blankModel } from '../../src/state/blankModel'
import { measureJson } from '../builders/model'

/** A measure that fits the blank model's one unit and theme. */
const firstMeasure = measureJson('A', {
  theme: 'tiltak',
  units: ['nav'],
  drivers: [
    {
      id: 'staff',
      kind: 'staffYears',
      unit: 'nav',
      function: '242',
      inputs: { staffYearsChange: '-1', costPerStaffYear: '600000' },
    },
  ],
})

describe('a new model from the blank template', () => {
  it('lacks nothing but its first measure', () => {
    const check = validateModel(blankModel(new Date('2026-11-24T12:00:00Z')))
    expect(check.ok ? [] : check.problems).toEqual([{ code: 'empty', path: ['measures'] }])
  })

  it('loads once a measure is added, in fixed prices of the first plan year', () => {
    const file = blankModel(new Date('2026-03-01T12:00:00Z'))
    const check = validateModel({ ...file, measures: [firstMeasure] })
    if (!check.ok) throw new Error(JSON.stringify(check.problems))
    expect(check.model.planYears).toEqual([2027, 2028, 2029, 2030])
    expect(check.model.baseYear).toBe(2026)
    expect(file.priceBasis).toBe('faste 2027-kroner')
    expect(file.source).toMatchObject({ year: 2026 })
    expect(file.target).toMatchObject({ lasting: '0' })
    expect(file.units).toEqual([
      expect.objectContaining({ teams: [expect.objectContaining({ staffYears: '0' })] }),
    ])
  })
})
