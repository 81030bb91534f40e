import { describe, expect, it } from 'vitest'
import { choose } from '../../src/model/engine/choose'
import { vestvagoy } from '../builders/model'

const rules = vestvagoy().rules ?? []

describe('choosing a measure the way the interface does', () => {
  it('switches the other alternatives off and says which', () => {
    expect(choose(rules, ['A', 'B1', 'D'], 'B2', true)).toEqual({
      selection: ['A', 'D', 'B2'],
      switchedOff: ['B1'],
      alternatives: ['B1', 'B2', 'B3'],
    })
  })

  it('switches nothing else off for a measure without alternatives', () => {
    expect(choose(rules, ['A', 'B1'], 'C', true)).toEqual({
      selection: ['A', 'B1', 'C'],
      switchedOff: [],
      alternatives: [],
    })
  })

  it('does not add a requirement by itself: E is chosen, D is offered', () => {
    expect(choose(rules, ['A'], 'E', true).selection).toEqual(['A', 'E'])
  })

  it('switches a measure off without touching others', () => {
    expect(choose(rules, ['D', 'E'], 'D', false).selection).toEqual(['E'])
  })
})
