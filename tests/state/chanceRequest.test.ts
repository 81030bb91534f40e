import { describe, expect, it } from 'vitest'
import { chanceAnswerer } from '../../src/state/uncertainty/chanceRequest'
import { vestvagoy, vestvagoyJson } from '../builders/model'

const ask = (id: number, extra: Record<string, unknown> = {}) => ({
  id,
  selection: ['A', 'D', 'H'],
  overrides: {},
  samples: 2_000,
  seed: 1,
  ...extra,
})

describe('the worker that works out the chance', () => {
  it('answers each request for the model it holds, sent once and checked again there', () => {
    const answer = chanceAnswerer()
    // The model as the app holds it, crossed over as plain data.
    const first = answer(ask(1, { model: structuredClone(vestvagoy()) }))
    expect(first.id).toBe(1)
    expect(first.chance).toMatchObject({ samples: 2_000, seed: 1, selection: ['A', 'D', 'H'] })
    // Later requests without the model use the one held: the same selection, the same figures.
    const again = answer(ask(2))
    expect(again).toEqual({ ...first, id: 2 })
    const other = answer(ask(3, { selection: ['A'] }))
    expect(other.chance?.selection).toEqual(['A'])
    expect(other.chance?.fan.lasting.p50).not.toBe(first.chance?.fan.lasting.p50)
  })

  it('answers nothing for a model that does not load, until a good one is sent', () => {
    const answer = chanceAnswerer()
    expect(answer(ask(1))).toEqual({ id: 1, chance: null })
    expect(answer(ask(2, { model: { ...vestvagoyJson(), measures: 'none' } }))).toEqual({
      id: 2,
      chance: null,
    })
    expect(answer(ask(3, { model: vestvagoyJson() })).chance).not.toBeNull()
  })
})
