import { act, render, renderHook, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { useAfterPaint, useScenarioAfterPaint } from '../../src/state/derived/afterPaint'
import { useScenario, type Store } from '../../src/state/store'
import { painted } from './renderApp'

const nextTask = () => act(() => new Promise<void>((resolve) => setTimeout(resolve)))

describe('a value that follows once the frame is painted', () => {
  it('keeps the value shown until the frame of the change is painted, then shows the new one', async () => {
    const { result, rerender } = renderHook(({ value }) => useAfterPaint(value), {
      initialProps: { value: 'before' },
    })
    rerender({ value: 'after' })
    expect(result.current).toBe('before')
    await nextTask()
    expect(result.current).toBe('before')
    await painted()
    expect(result.current).toBe('after')
  })

  it('shows the last of several changes made before the paint', async () => {
    const { result, rerender } = renderHook(({ value }) => useAfterPaint(value), {
      initialProps: { value: 1 },
    })
    rerender({ value: 2 })
    rerender({ value: 3 })
    await painted()
    expect(result.current).toBe(3)
  })

  it('changes every waiting value in one render, never some before others', async () => {
    const seen: string[] = []
    function Pair({ total, gap }: { total: number; gap: number }) {
      const shown = `${useAfterPaint(total)}/${useAfterPaint(gap)}`
      seen.push(shown)
      return <output>{shown}</output>
    }
    const { rerender } = render(<Pair total={10} gap={5} />)
    rerender(<Pair total={12} gap={3} />)
    await painted()
    expect(screen.getByRole('status')).toHaveTextContent('12/3')
    expect(seen).not.toContain('12/5')
    expect(seen).not.toContain('10/3')
  })

  it('lets a value that waits on one just shown follow in the next task, not a frame later', async () => {
    const { result, rerender } = renderHook(
      ({ rows }) => {
        const shownRows = useAfterPaint(rows)
        return { rows: shownRows, drawing: useAfterPaint(shownRows) }
      },
      { initialProps: { rows: 'old' } },
    )
    rerender({ rows: 'new' })
    await painted()
    expect(result.current).toEqual({ rows: 'new', drawing: 'old' })
    await nextTask()
    expect(result.current).toEqual({ rows: 'new', drawing: 'new' })
  })
})

describe('a part that follows the store once the frame is painted', () => {
  afterEach(() => useScenario.setState({ year: null }))
  const year = (s: Store) => s.year

  it('is not rendered by the change itself, and shows the last change once it is painted', async () => {
    let renders = 0
    function Year() {
      renders++
      return <output>{useScenarioAfterPaint(year)}</output>
    }
    act(() => useScenario.setState({ year: 2015 }))
    render(<Year />)
    const first = renders
    act(() => useScenario.setState({ year: 2016 }))
    act(() => useScenario.setState({ year: 2017 }))
    expect(renders).toBe(first)
    expect(screen.getByRole('status')).toHaveTextContent('2015')
    await painted()
    expect(screen.getByRole('status')).toHaveTextContent('2017')
    expect(renders).toBe(first + 1)
  })

  it('keeps the value shown while the new one is alike', async () => {
    const years = (s: Store) => [s.year]
    const alike = (a: (number | null)[], b: (number | null)[]) => a[0] === b[0]
    const { result } = renderHook(() => useScenarioAfterPaint(years, alike))
    const shown = result.current
    act(() => useScenario.setState({ year: null }))
    await painted()
    expect(result.current).toBe(shown)
    act(() => useScenario.setState({ year: 2016 }))
    await painted()
    expect(result.current).toEqual([2016])
  })
})
