import type { Page } from '@playwright/test'
import { plain } from './helpers'

/** A Norwegian figure as shown ("−1 000,50") as a number. */
export const numberOf = (text: string) => Number(plain(text).replace(/\s/g, '').replace(',', '.'))

export interface DrawnBar {
  row: number
  series: number
  /** Where the bar starts and ends along the value axis, and across it, in px. */
  low: number
  high: number
  across: [number, number]
  fill: string
}

export interface ChartGeometry {
  layout: 'columns' | 'bars'
  /** The table under the chart: each row's label and figures as shown. */
  table: { label: string; cells: string[] }[]
  headers: string[]
  /** The value axis's ticks: their numbers and where they sit, in px. */
  ticks: { value: number; at: number }[]
  /** The category axis's labels and where they sit across the value axis, in px. */
  categories: { label: string; at: number }[]
  bars: DrawnBar[]
  zero: number | null
  target: number | null
  /** The value written on each bar, by series then row. */
  values: string[]
  legend: { name: string; color: string }[]
}

/**
 * What a chart drew, read from the page in the browser's own pixels, beside the figures the table
 * under it gives. Only the value axis's ticks are taken from recharts' output to make a scale.
 */
export async function chartGeometry(page: Page, testId: string): Promise<ChartGeometry> {
  const chart = page.getByTestId(testId)
  await chart.locator('.chart-bar').first().waitFor()
  return chart
    .evaluate((figure) => {
      const svg = figure.querySelector('svg.recharts-surface')
      if (!svg) throw new Error('no chart drawn')
      const columns = figure.querySelector('.chart-box--columns') !== null
      const valueAxis = columns ? '.recharts-yAxis-tick-labels' : '.recharts-xAxis-tick-labels'
      const categoryAxis = columns ? '.recharts-xAxis-tick-labels' : '.recharts-yAxis-tick-labels'
      const mid = (r: DOMRect, vertical: boolean) =>
        vertical ? r.top + r.height / 2 : r.left + r.width / 2
      const ticks = [
        ...svg.querySelectorAll(`${valueAxis} .recharts-cartesian-axis-tick-value`),
      ].map((text) => ({
        value: text.textContent ?? '',
        // The tick's own coordinate: the text is anchored on it along the axis.
        at:
          (columns ? svg.getBoundingClientRect().top : svg.getBoundingClientRect().left) +
          Number(text.getAttribute(columns ? 'y' : 'x')),
      }))
      const categories = [
        ...svg.querySelectorAll(
          columns
            ? `${categoryAxis} .recharts-cartesian-axis-tick-value`
            : `${categoryAxis} .recharts-cartesian-axis-tick-label text`,
        ),
      ].map((text) => ({
        // A label broken over lines is one tspan a line.
        label: [...text.querySelectorAll('tspan')].map((line) => line.textContent).join(' '),
        at: mid(text.getBoundingClientRect(), !columns),
      }))
      const lineAt = (selector: string) => {
        const line = svg.querySelector(`${selector} line`)
        if (!line) return null
        const r = line.getBoundingClientRect()
        return columns ? r.top + r.height / 2 : r.left + r.width / 2
      }
      const bars = [...svg.querySelectorAll('.chart-bar')].map((rect) => {
        const r = rect.getBoundingClientRect()
        const series = Number(
          /chart-series-(\d+)/.exec(
            rect.closest('.recharts-bar')?.getAttribute('class') ?? '',
          )?.[1],
        )
        return {
          row: Number(rect.getAttribute('data-row')),
          series,
          low: columns ? r.bottom : r.left,
          high: columns ? r.top : r.right,
          across: columns ? [r.left, r.right] : [r.top, r.bottom],
          fill: rect.getAttribute('fill') ?? '',
        }
      })
      return {
        layout: columns ? 'columns' : 'bars',
        table: [...figure.querySelectorAll('.chart-table tbody tr')].map((tr) => ({
          label: tr.querySelector('th')?.textContent ?? '',
          cells: [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''),
        })),
        headers: [...figure.querySelectorAll('.chart-table thead th')].map(
          (th) => th.textContent ?? '',
        ),
        ticks,
        categories,
        bars,
        zero: lineAt('.chart-zero'),
        target: lineAt('.chart-target'),
        values: [...svg.querySelectorAll('.chart-value')].map((t) => t.textContent ?? ''),
        legend: [...figure.querySelectorAll('.legend li')].map((li) => ({
          name: li.textContent ?? '',
          color: getComputedStyle(li.querySelector('.swatch') ?? li).backgroundColor,
        })),
      }
    })
    .then((g) => ({
      ...g,
      ticks: g.ticks.map((t) => ({ value: numberOf(t.value), at: t.at })),
    })) as Promise<ChartGeometry>
}

/** The value axis as the ticks place it: px for a value, fitted from the outermost ticks. */
export function scaleOf(geometry: ChartGeometry): (value: number) => number {
  const first = geometry.ticks[0]
  const last = geometry.ticks.at(-1)
  if (!first || !last || first.value === last.value) throw new Error('the value axis has no scale')
  const perUnit = (last.at - first.at) / (last.value - first.value)
  return (value) => first.at + (value - first.value) * perUnit
}
