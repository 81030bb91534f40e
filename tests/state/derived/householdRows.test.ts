import { describe, expect, it } from 'vitest'
import { evaluate } from '../../../src/model/engine/evaluate'
import { householdTables } from '../../../src/state/derived/householdRows'
import { vestvagoy } from '../../builders/model'

const model = vestvagoy()

describe('what each example household has left a month', () => {
  it('gives each regime a row, and each situation a measure applies in a row below it', () => {
    const tables = householdTables(evaluate(model, model.packages?.[0]?.measures ?? []), 0)
    expect(tables.map((t) => [t.id, t.rows.map((r) => r.key)])).toEqual([
      ['family', ['intro', 'qualification', 'socialAssistance', 'socialAssistance-J']],
      ['single', ['intro', 'qualification', 'socialAssistance', 'socialAssistance-J']],
    ])
    const [, , regime, situation] = tables[0]?.rows ?? []
    expect(tables[0]?.title).toBe('Eksempel 1: 2 voksne og 2 barn (3 og 8 år)')
    expect(regime).toMatchObject({ regime: 'Sosialhjelp', regimeId: 'socialAssistance' })
    expect([regime?.before, regime?.after, regime?.change].map(String)).toEqual([
      '14300',
      '13064',
      '-1236',
    ])
    expect(situation).toMatchObject({
      situation: {
        measure: 'J',
        situation: 'Nyankommet, i ventetiden før introduksjonsprogrammet',
      },
    })
    expect(situation?.regime).toBeUndefined()
    // In the waiting period the family has the rate cut and the measure's own cut on top.
    expect([situation?.before, situation?.after, situation?.change].map(String)).toEqual([
      '14300',
      '10839.2',
      '-3460.8',
    ])
  })

  it('is worked out once per evaluation', () => {
    const evaluation = evaluate(model, [])
    expect(householdTables(evaluation, 0)).toBe(householdTables(evaluation, 0))
  })
})
