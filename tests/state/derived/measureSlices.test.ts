import { describe, expect, it } from 'vitest'
import { chosenSet } from '../../../src/state/derived/measureSlices'

describe('the chosen measures as a set', () => {
  it('holds exactly the chosen measures', () => {
    const chosen = chosenSet(['A', 'D'])
    expect([chosen.has('A'), chosen.has('D'), chosen.has('B1')]).toEqual([true, true, false])
  })

  it('is the same set for the same selection, and another for the next one', () => {
    const selection = ['A']
    expect(chosenSet(selection)).toBe(chosenSet(selection))
    expect(chosenSet(['A'])).not.toBe(chosenSet(selection))
  })
})
