import { act, screen, waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type * as MeasureSlices from '../../src/state/derived/measureSlices'
import { useScenario } from '../../src/state/store'
import type * as Charts from '../../src/ui/charts/ChartFigure'
import { figure, painted, renderApp, switchFor } from './renderApp'
import { countRenders, renderCounts } from './renderCounts'

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
    await painted()
    expect(measureRenders()).toEqual(['measure-H'])
    expect(chartRenders()).toEqual(expect.arrayContaining(['chart-net', 'chart-waterfall']))
  })

  it('a switch leaves be the parts whose figures it does not change', async () => {
    const { user } = await renderApp()
    // Once dirty, the scenario's bar has nothing more to show on a switch.
    await user.click(switchFor('D'))
    await painted()
    countRenders()
    await user.click(switchFor('H'))
    await painted()
    expect(figure('table51-total')).toBe('-4,30')
    const counts = renderCounts()
    // H changes no household's budget and no partnership share; the panels around stay as they were.
    for (const part of [
      'HouseholdCase',
      'PartnershipTable',
      'DataWarnings',
      'ScenarioBar',
      'ModelsButton',
      'MeasurePanel',
      'MeasureList',
      'Segmented',
      'ScenarioFacts',
    ])
      expect([part, counts.get(part) ?? 0]).toEqual([part, 0])
    // Table 5.1 renders once, after the headline, and of its rows only H's, which goes.
    expect(counts.get('Table51View')).toBe(1)
    expect(counts.get('Table51Row') ?? 0).toBe(0)
    expect(counts.get('MeasureItem')).toBe(1)
  })
})

describe('a switch, as the browser runs it', () => {
  const tables = () =>
    [...screen.getAllByRole('table'), screen.getByTestId('warning-uncertain')].map(
      (part) => part.textContent,
    )

  it('paints the headline at once, and every table follows with the new figures', async () => {
    await renderApp()
    const before = tables()
    // A click outside act(), as in the browser: React renders what is urgent before the click
    // returns, and the rest when it gets to it.
    const actEnvironment: unknown = Reflect.get(globalThis, 'IS_REACT_ACT_ENVIRONMENT')
    Reflect.set(globalThis, 'IS_REACT_ACT_ENVIRONMENT', false)
    try {
      countRenders()
      renders.clear()
      switchFor('H').click()
      expect(figure('headline-year-saving')).toBe('5,70 mill. kr')
      // The switch's own render is the headline's, the switched item's and the bars that say the
      // scenario has changed and can be undone (the header's three choices with them); jsdom's
      // screen counts as narrow, so the summary strip is the headline too. No table, chart,
      // theme total or warning is part of it: they follow once the frame is painted.
      expect([...renderCounts().keys()].sort()).toEqual([
        'AppHeader',
        'Figures',
        'Headline',
        'MeasureCount',
        'MeasureItem',
        'ResultsSummary',
        'Saving',
        'ScenarioBar',
        'Segmented',
        'Summary',
      ])
      expect(chartRenders()).toEqual([])
      await waitFor(() => expect(figure('table51-total')).toBe('-5,70'))
      await waitFor(() => expect(tables()).not.toEqual(before))
    } finally {
      Reflect.set(globalThis, 'IS_REACT_ACT_ENVIRONMENT', actEnvironment)
    }
    const settled = tables()
    // The same switch undone and made again inside act(), each frame painted: the tables the
    // browser settled on are those.
    act(() => useScenario.getState().setMeasure('H', true))
    await painted()
    expect(tables()).toEqual(before)
    act(() => useScenario.getState().setMeasure('H', false))
    await painted()
    expect(tables()).toEqual(settled)
  })
})
