import { describe, expect, it } from 'vitest'
import { measureAssumptions } from '../../../src/state/derived/measureAssumptions'
import { vestvagoy } from '../../builders/model'

const model = vestvagoy()
const measure = (id: string) => {
  const found = model.measures.find((m) => m.id === id)
  if (!found) throw new Error(`no measure ${id}`)
  return found
}

describe('the assumptions a measure offers to change', () => {
  it('lists each driver’s inputs with their override key and the model file’s value', () => {
    expect(
      measureAssumptions(measure('A')).map((d) => [
        d.driver.id,
        d.assumptions.map((a) => [a.input, a.key, a.fileValue]),
      ]),
    ).toEqual([
      [
        'staff',
        [
          ['staffYearsChange', 'A.staff.staffYearsChange', '-1'],
          ['costPerStaffYear', 'A.staff.costPerStaffYear', '750000'],
        ],
      ],
    ])
  })

  it('gives each of several drivers its own assumptions', () => {
    expect(measureAssumptions(measure('B2')).map((d) => d.driver.kind)).toEqual([
      'staffYears',
      'staffYears',
      'settlement',
    ])
  })

  it('is worked out once per measure', () => {
    expect(measureAssumptions(measure('D'))).toBe(measureAssumptions(measure('D')))
  })
})
