import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useScenario } from '../../src/state/store'
import { restoredWithin } from '../../src/ui/useStartup'

// The first render waits for this tab's work to be read back, but never long.
describe('the wait before the first render', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    useScenario.setState(useScenario.getInitialState(), true)
  })
  afterEach(() => vi.useRealTimers())

  const settled = (promise: Promise<void>) => {
    let done = false
    void promise.then(() => (done = true))
    return () => done
  }

  it('ends as soon as the work has been read back', async () => {
    const done = settled(restoredWithin(250))
    await vi.advanceTimersByTimeAsync(20)
    expect(done()).toBe(false)
    useScenario.setState({ restoring: false })
    await vi.advanceTimersByTimeAsync(0)
    expect(done()).toBe(true)
  })

  it('ends at its limit when storage has not answered', async () => {
    const done = settled(restoredWithin(250))
    await vi.advanceTimersByTimeAsync(249)
    expect(done()).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(done()).toBe(true)
    expect(useScenario.getState().restoring).toBe(true)
  })

  it('does not wait when the work was read back before', async () => {
    useScenario.setState({ restoring: false })
    const done = settled(restoredWithin(250))
    await vi.advanceTimersByTimeAsync(0)
    expect(done()).toBe(true)
  })
})
