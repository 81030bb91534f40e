import { act, render, renderHook, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useAfterPaint } from '../../src/state/derived/afterPaint'
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
