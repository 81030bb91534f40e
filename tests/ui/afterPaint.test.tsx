import { act, render, renderHook, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import {
  holdSettled,
  inTurn,
  useAfterPaint,
  useScenarioAfterPaint,
  whenSettled,
} from '../../src/state/derived/afterPaint'
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

describe('values that take turns after the paint (chart drawings)', () => {
  const both = ({ a, b }: { a: number; b: number }) => ({
    a: useAfterPaint(a, inTurn),
    b: useAfterPaint(b, inTurn),
  })

  it('shows one in a task, the next only after another frame has been painted', async () => {
    const { result, rerender } = renderHook(both, { initialProps: { a: 1, b: 1 } })
    // A frame starts between the values shown before and these, as between two switches.
    await painted()
    rerender({ a: 2, b: 2 })
    expect(result.current).toEqual({ a: 1, b: 1 })
    await painted()
    expect(result.current).toEqual({ a: 2, b: 1 })
    await nextTask()
    expect(result.current).toEqual({ a: 2, b: 1 })
    await painted()
    expect(result.current).toEqual({ a: 2, b: 2 })
  })

  it('shows the last change of a value asked for again, in its turn after those already waiting', async () => {
    const { result, rerender } = renderHook(both, { initialProps: { a: 1, b: 1 } })
    const other = renderHook(({ c }) => useAfterPaint(c, inTurn), { initialProps: { c: 1 } })
    await painted()
    rerender({ a: 2, b: 2 })
    other.rerender({ c: 2 })
    rerender({ a: 2, b: 3 })
    await painted()
    expect([result.current, other.result.current]).toEqual([{ a: 2, b: 1 }, 1])
    await painted()
    expect([result.current, other.result.current]).toEqual([{ a: 2, b: 1 }, 2])
    await painted()
    expect([result.current, other.result.current]).toEqual([{ a: 2, b: 3 }, 2])
  })

  it('goes on past a value whose part is gone before its turn', async () => {
    const gone = renderHook(({ a }) => useAfterPaint(a, inTurn), { initialProps: { a: 1 } })
    const { result, rerender } = renderHook(({ c }) => useAfterPaint(c, inTurn), {
      initialProps: { c: 1 },
    })
    await painted()
    gone.rerender({ a: 2 })
    rerender({ c: 2 })
    gone.unmount()
    await painted()
    expect(result.current).toBe(2)
    // Nothing is left waiting: the next value starts the turns again.
    rerender({ c: 3 })
    await painted()
    expect(result.current).toBe(3)
  })
})

describe('work that waits until a change has settled (the chance’s simulation)', () => {
  it('starts once every drawing has had its turn, never before', async () => {
    const { result, rerender } = renderHook(
      ({ v }) => [useAfterPaint(v, inTurn), useAfterPaint(v + 10, inTurn)],
      { initialProps: { v: 1 } },
    )
    await painted()
    let started = 0
    rerender({ v: 2 })
    whenSettled(Symbol('simulation'), () => started++)
    const drawnWhenStarted: number[][] = []
    for (let frame = 0; frame < 8 && started === 0; frame++) {
      await painted()
      if (started) drawnWhenStarted.push(result.current)
    }
    expect(started).toBe(1)
    expect(drawnWhenStarted).toEqual([[2, 12]])
  })

  it('waits while a part that is built after each paint holds it back', async () => {
    const release = holdSettled()
    let started = false
    whenSettled(Symbol('simulation'), () => (started = true))
    for (let frame = 0; frame < 6; frame++) await painted()
    expect(started).toBe(false)
    release()
    // Released once only: a second call does not let another hold go.
    release()
    const other = holdSettled()
    for (let frame = 0; frame < 6; frame++) await painted()
    expect(started).toBe(false)
    other()
    for (let frame = 0; frame < 4 && !started; frame++) await painted()
    expect(started).toBe(true)
  })

  it('runs the last asked for under a key once, and nothing once cancelled', async () => {
    const key = Symbol('simulation')
    const runs: string[] = []
    whenSettled(key, () => runs.push('first'))
    whenSettled(key, () => runs.push('second'))
    const cancel = whenSettled(Symbol('other'), () => runs.push('cancelled'))
    cancel()
    for (let frame = 0; frame < 4; frame++) await painted()
    expect(runs).toEqual(['second'])
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
