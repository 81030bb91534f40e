import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluate } from '../../src/model/engine/evaluate'
import type { Evaluation } from '../../src/model/engine/types'
import type { ValidModel } from '../../src/model/load/validModel'
import { sum, ZERO, type Dec } from '../../src/model/money/decimal'
import { isError } from '../../src/model/problems'
import { propertyRuns } from '../builders/fastCheck'
import { generatedModel } from '../builders/generatedModel'
import { validModel, vestvagoy } from '../builders/model'
import { overridesFor } from '../builders/overrides'

/** A selection and overrides the engine accepts. */
function acceptedCase(model: ValidModel) {
  return fc
    .record({
      selection: fc.subarray(model.measures.map((m) => m.id)),
      overrides: overridesFor(model),
    })
    .filter(
      ({ selection, overrides }) => !evaluate(model, selection, overrides).problems.some(isError),
    )
}

const add = (values: readonly (Dec | undefined)[]) => sum(values.map((v) => v ?? ZERO))

function expectTotalsAreSumsOfParts(result: Evaluation): void {
  for (const year of result.years) {
    const parts = result.measures.map((m) => m.byYear[year.year])
    expect(year.net.equals(add(parts.map((p) => p?.net)))).toBe(true)
    expect(year.gross.equals(add(parts.map((p) => p?.gross)))).toBe(true)
    expect(year.income.equals(add(parts.map((p) => p?.income)))).toBe(true)
    expect(year.staffYears.equals(add(parts.map((p) => p?.staffYears)))).toBe(true)
    expect(year.net.equals(year.gross.plus(year.income))).toBe(true)
    expect(year.net.equals(add(Object.values(year.byFunction)))).toBe(true)
    expect(year.net.equals(add(Object.values(year.byTheme)))).toBe(true)
    expect(year.staffYears.equals(add(Object.values(year.staffYearsByUnit)))).toBe(true)
    expect(year.saving.plus(year.gap).equals(result.target)).toBe(true)
  }
  expect(result.lasting.net.equals(add(result.measures.map((m) => m.lasting.net)))).toBe(true)
  expect(result.lasting.net.equals(add(Object.values(result.lasting.byFunction)))).toBe(true)
}

const plain = (result: Evaluation) => JSON.parse(JSON.stringify(result)) as unknown

describe.each([
  ['the Vestvågøy model', () => vestvagoy()],
  [
    'a generated model of 60 measures over 6 years',
    () => validModel(generatedModel({ measures: 60, years: 6, seed: 7 })),
  ],
])('properties of evaluate on %s', (_, build) => {
  const model = build()

  it('gives each year a total that is exactly the sum of the measures’ contributions', () => {
    fc.assert(
      fc.property(acceptedCase(model), ({ selection, overrides }) => {
        expectTotalsAreSumsOfParts(evaluate(model, selection, overrides))
      }),
      propertyRuns(150),
    )
  })

  it('gives identical results after switching a measure on and off again', () => {
    fc.assert(
      fc.property(
        acceptedCase(model),
        fc.constantFrom(...model.measures.map((m) => m.id)),
        ({ selection, overrides }, id) => {
          const before = plain(evaluate(model, selection, overrides))
          const toggled = selection.includes(id)
            ? selection.filter((s) => s !== id)
            : [...selection, id]
          evaluate(model, toggled, overrides)
          const back = selection.includes(id) ? [...toggled, id] : toggled.filter((s) => s !== id)
          expect(plain(evaluate(model, back, overrides))).toEqual(before)
        },
      ),
      propertyRuns(100),
    )
  })

  it('does not depend on the order of the selection', () => {
    fc.assert(
      fc.property(
        acceptedCase(model).chain((c) =>
          fc
            .shuffledSubarray(c.selection, { minLength: c.selection.length })
            .map((shuffled) => ({ ...c, shuffled })),
        ),
        ({ selection, shuffled, overrides }) => {
          expect(plain(evaluate(model, shuffled, overrides))).toEqual(
            plain(evaluate(model, selection, overrides)),
          )
        },
      ),
      propertyRuns(100),
    )
  })
})

describe('sums over a large generated model', () => {
  it('hold exactly with part-year, time-limited and one-off effects among 1 000 measures', () => {
    const model = validModel(generatedModel({ measures: 1000, years: 10, seed: 3 }))
    const result = evaluate(
      model,
      model.measures.map((m) => m.id),
    )
    expectTotalsAreSumsOfParts(result)
  })
})
