import { describe, expect, it } from 'vitest'
import {
  chosenSet,
  measureState,
  type MeasureState,
} from '../../../src/state/derived/measureSlices'
import { currentBasis } from '../../../src/state/evaluation'
import { vestvagoy } from '../../builders/model'
import { storeOn } from '../../builders/store'

const model = vestvagoy()
const opened = () => storeOn(model)

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

describe("each measure's state as its item shows it", () => {
  const everyState = (store: ReturnType<typeof opened>) =>
    new Map(
      store.getState().model!.measures.map((m) => [m.id, measureState(store.getState(), m.id)]),
    )
  const moved = (before: Map<string, MeasureState>, after: Map<string, MeasureState>) =>
    [...after].filter(([id, state]) => before.get(id) !== state).map(([id]) => id)

  it('is what the store holds for that measure', () => {
    const store = opened()
    store.getState().setMeasure('H', false)
    store.getState().setOverride('D.groupHomes.refundRate', '0.9')
    const d = measureState(store.getState(), 'D')
    expect(d.on).toBe(true)
    expect(d.result).toBe(currentBasis(store.getState()).effects.get('D'))
    expect(d.basis?.changed.map((input) => input.key)).toEqual(['D.groupHomes.refundRate'])
    expect(d.expanded).toBe(false)
    expect(measureState(store.getState(), 'H').on).toBe(false)
    expect(measureState(store.getState(), 'H').basis).toBeUndefined()
  })

  it('is a new object only for the measures a change moves, the same one for every other', () => {
    const store = opened()
    const first = everyState(store)
    expect(everyState(store)).toEqual(first)
    expect(moved(first, everyState(store))).toEqual([])

    store.getState().setMeasure('H', false)
    const switched = everyState(store)
    expect(moved(first, switched)).toEqual(['H'])

    store.getState().setOverride('D.groupHomes.refundRate', '0.9')
    const edited = everyState(store)
    expect(moved(switched, edited)).toEqual(['D'])

    store.getState().toggleExpanded('K')
    expect(moved(edited, everyState(store))).toEqual(['K'])
    expect(measureState(store.getState(), 'K').expanded).toBe(true)
  })
})
