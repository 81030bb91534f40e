import { describe, expect, it } from 'vitest'
import { evaluate } from '../../src/model/engine/evaluate'
import { figuresOf, scenarioFigures } from '../../src/state/scenarioFigures'
import { vestvagoy } from '../builders/model'
import { scenarioOf } from '../builders/scenario'

const model = vestvagoy()

describe('the figures of a scenario beside the one being edited', () => {
  it('counts its choices with its assumptions, and says which assumptions it changed', () => {
    const figures = figuresOf(model, ['A', 'D'], { 'D.groupHomes.refundRate': '0.5' })
    expect(figures.evaluation).toEqual(
      evaluate(model, ['A', 'D'], { 'D.groupHomes.refundRate': '0.5' }),
    )
    expect(figures.changed.map((c) => [c.key, c.file, c.used])).toEqual([
      ['D.groupHomes.refundRate', '0.8', '0.5'],
    ])
    expect([...figures.bases.keys()]).toEqual(['D'])
    expect(figures.leftOut).toEqual([])
  })

  it('names the chosen measures a rule left out, in the model’s order, and only those', () => {
    const figures = figuresOf(model, ['A', 'B2'], {}, ['B2', 'A', 'E', 'X'])
    expect(figures.leftOut).toEqual(['E'])
  })

  it('counts a saved scenario as it opens on the model, naming what a rule left out', () => {
    const figures = scenarioFigures(model, scenarioOf({ selection: ['A', 'E'], overrides: {} }))
    expect(figures.evaluation.selection).toEqual(['A'])
    expect(figures.leftOut).toEqual(['E'])
  })

  it('counts nothing for a scenario made on another model', () => {
    const figures = scenarioFigures(
      model,
      scenarioOf({ model: { id: 'annen-modell', version: '1' } }),
    )
    expect(figures.evaluation.selection).toEqual([])
    expect(figures.evaluation.problems).toEqual([])
    expect(figures.changed).toEqual([])
    expect(figures.leftOut).toEqual([])
  })
})
