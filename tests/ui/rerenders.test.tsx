import { act } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type * as MeasureSlices from '../../src/state/derived/measureSlices'
import { useScenario } from '../../src/state/store'
import type * as Charts from '../../src/ui/charts/ChartFigure'
import { figure, renderApp, switchFor } from './renderApp'

// Renders counted per measure item (each render of an item reads its own state once) and per
// chart (each render of a chart draws its figure once).
const { renders, count } = vi.hoisted(() => {
  const renders = new Map<string, number>()
  return {
    renders,
    count: (key: string) => renders.set(key, (renders.get(key) ?? 0) + 1),
  }
})

vi.mock('../../src/state/derived/measureSlices', async (original) => {
  const real = await original<typeof MeasureSlices>()
  return {
    ...real,
    useMeasureState: (id: string) => {
      count(`measure-${id}`)
      return real.useMeasureState(id)
    },
  }
})

vi.mock('../../src/ui/charts/ChartFigure', async (original) => {
  const real = await original<typeof Charts>()
  // The memoised figure, its comparison kept, counting each render of its own.
  const figure = real.ChartFigure
  return {
    ChartFigure: {
      ...figure,
      type: (props: Parameters<typeof figure.type>[0]) => {
        count(props.id)
        return figure.type(props)
      },
    },
  }
})

const measureRenders = () =>
  [...renders].filter(([key, n]) => key.startsWith('measure-') && n > 0).map(([key]) => key)
const chartRenders = () =>
  [...renders].filter(([key, n]) => key.startsWith('chart-') && n > 0).map(([key]) => key)

describe('what a change re-renders', () => {
  beforeEach(() => renders.clear())

  it('a change that leaves every figure as it was re-renders no chart, and only the measure it reaches', async () => {
    await renderApp()
    renders.clear()
    // The file's refund rate written another way: a new evaluation with the same figures.
    act(() => useScenario.getState().setOverride('D.groupHomes.refundRate', '0.80'))
    expect(figure('headline-year-saving')).toBe('6,70 mill. kr')
    expect(chartRenders()).toEqual([])
    // D shows the input written; no other measure's item is drawn again.
    expect(measureRenders()).toEqual(['measure-D'])
  })

  it('a switch re-renders the switched measure and the charts, not the other measures', async () => {
    const { user } = await renderApp()
    // Every measure of the model was drawn once to begin with.
    expect(measureRenders().length).toBeGreaterThan(20)
    renders.clear()
    await user.click(switchFor('H'))
    expect(figure('headline-year-saving')).toBe('5,70 mill. kr')
    expect(measureRenders()).toEqual(['measure-H'])
    expect(chartRenders()).toEqual(expect.arrayContaining(['chart-net', 'chart-waterfall']))
  })
})
