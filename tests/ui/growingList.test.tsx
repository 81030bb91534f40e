import { renderHook, screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { FIRST_ITEMS, MORE_ITEMS, useGrowingCount } from '../../src/ui/useGrowingCount'
import { generatedModel } from '../builders/generatedModel'
import { painted, renderTestModel } from './renderApp'

describe('a long list, a screenful first and the rest after the paint', () => {
  const grow = (total: number, from: unknown) =>
    renderHook((props) => useGrowingCount(props.total, props.from), {
      initialProps: { total, from },
    })

  it('renders a screenful at once, and more after each painted frame until all are in', async () => {
    const total = FIRST_ITEMS + 2 * MORE_ITEMS + 5
    const { result } = grow(total, 'model')
    expect(result.current).toBe(FIRST_ITEMS)
    await painted()
    expect(result.current).toBe(FIRST_ITEMS + MORE_ITEMS)
    await painted()
    expect(result.current).toBe(FIRST_ITEMS + 2 * MORE_ITEMS)
    await painted()
    expect(result.current).toBe(total)
    await painted()
    expect(result.current).toBe(total)
  })

  it('renders a short list whole at once', () => {
    expect(grow(FIRST_ITEMS - 1, 'model').result.current).toBe(FIRST_ITEMS - 1)
  })

  it('keeps what is shown when a filter shortens the list, and grows again from there', async () => {
    const { result, rerender } = grow(500, 'model')
    await painted()
    expect(result.current).toBe(FIRST_ITEMS + MORE_ITEMS)
    rerender({ total: 90, from: 'model' })
    expect(result.current).toBe(90)
    rerender({ total: 500, from: 'model' })
    expect(result.current).toBe(90)
    await painted()
    expect(result.current).toBe(90 + MORE_ITEMS)
  })

  it('starts again at a screenful for another model', async () => {
    const { result, rerender } = grow(500, 'one model')
    await painted()
    expect(result.current).toBe(FIRST_ITEMS + MORE_ITEMS)
    rerender({ total: 500, from: 'another model' })
    expect(result.current).toBe(FIRST_ITEMS)
  })
})

describe('a model of many measures', () => {
  it('ends with every measure in the page, in the model’s order, for find-in-page and the keyboard', async () => {
    const json = generatedModel({ measures: FIRST_ITEMS + MORE_ITEMS + 20, years: 2 })
    await renderTestModel(json)
    const measures = json['measures'] as { id: string; theme: string }[]
    const themes = (json['themes'] as { id: string }[]).map((t) => t.id)
    const inOrder = themes.flatMap((theme) => measures.filter((m) => m.theme === theme))
    await waitFor(() => expect(screen.getAllByRole('switch')).toHaveLength(measures.length), {
      timeout: 15_000,
    })
    const shown = screen
      .getAllByRole('switch')
      .map((s) => s.closest('[data-testid^="measure-"]')?.getAttribute('data-testid'))
    expect(shown).toEqual(inOrder.map((m) => `measure-${m.id}`))
  })
})
