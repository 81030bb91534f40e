import { expect, test, type Page } from '@playwright/test'
import { chartGeometry, numberOf, scaleOf, type ChartGeometry } from './chartGeometry'

const CHARTS = ['chart-net', 'chart-waterfall', 'chart-staff', 'chart-functions'] as const

/** Where each bar should start and end: from zero, or, in the waterfall, from the running sum. */
function expectedRanges(id: string, g: ChartGeometry): [number, number][][] {
  let running = 0
  return g.table.map((row, i) =>
    row.cells.slice(0, g.bars.filter((b) => b.row === i).length).map((cell) => {
      const value = numberOf(cell)
      if (id !== 'chart-waterfall' || i === g.table.length - 1) return [0, value]
      const start = running
      running += value
      return [start, running]
    }),
  )
}

/** Every bar of the chart where the table's figures put it on the chart's own value axis. */
function expectDrawnToScale(id: string, g: ChartGeometry) {
  const at = scaleOf(g)
  const ranges = expectedRanges(id, g)
  expect(g.bars.length, `${id}: one bar per figure`).toBe(ranges.flat().length)
  for (const bar of g.bars) {
    const [from, to] = ranges[bar.row]?.[bar.series] ?? [NaN, NaN]
    const where = `${id}, ${g.table[bar.row]?.label}, series ${bar.series}`
    expect(Math.abs(bar.low - at(Math.min(from, to))), `${where}: start`).toBeLessThanOrEqual(1)
    expect(Math.abs(bar.high - at(Math.max(from, to))), `${where}: end`).toBeLessThanOrEqual(1)
    expect(bar.across[1] - bar.across[0], `${where}: thick enough to see`).toBeGreaterThan(8)
  }
  expect(g.zero, `${id}: the zero line`).not.toBeNull()
  expect(Math.abs((g.zero ?? NaN) - at(0)), `${id}: the zero line at 0`).toBeLessThanOrEqual(1)
  // Each row's bars sit on its label, the first series first (before above after).
  g.table.forEach((row, i) => {
    const bars = g.bars.filter((b) => b.row === i).sort((a, b) => a.series - b.series)
    const label = g.categories[i]
    expect(label?.label, `${id}: the label of ${row.label}`).toBe(row.label)
    const start = bars[0]?.across[0] ?? NaN
    const end = bars.at(-1)?.across[1] ?? NaN
    expect(
      Math.abs((start + end) / 2 - (label?.at ?? NaN)),
      `${id}: ${row.label} on its label`,
    ).toBeLessThanOrEqual(2)
    for (let s = 1; s < bars.length; s++)
      expect(bars[s]?.across[0], `${id}: ${row.label}, series in order`).toBeGreaterThanOrEqual(
        bars[s - 1]?.across[1] ?? Infinity,
      )
  })
}

/** The target line at the target the table gives for its last row. */
function expectTargetLine(id: string, g: ChartGeometry) {
  const target = numberOf(g.table.at(-1)?.cells.at(-1) ?? '')
  expect(g.target, `${id}: a target line`).not.toBeNull()
  expect(
    Math.abs((g.target ?? NaN) - scaleOf(g)(target)),
    `${id}: the target line at ${target}`,
  ).toBeLessThanOrEqual(1)
}

const rgb = (hex: string) =>
  `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`

async function geometries(page: Page) {
  const all = new Map<string, ChartGeometry>()
  for (const id of CHARTS) all.set(id, await chartGeometry(page, id))
  return all
}

test('each chart draws the figures of its table to scale, in their places', async ({ page }) => {
  await page.goto('/')
  const charts = await geometries(page)
  for (const [id, g] of charts) expectDrawnToScale(id, g)
  for (const id of ['chart-net', 'chart-waterfall']) expectTargetLine(id, charts.get(id)!)

  // The table is the model's: the saving per year against the target, staff-years before and after.
  const net = charts.get('chart-net')!
  expect(net.headers).toEqual(['År', 'Innsparing', 'Mål'])
  expect(net.table.map((r) => [r.label, ...r.cells])).toEqual([
    ['2015', '6,70', '6,50'],
    ['2016', '6,70', '6,50'],
    ['2017', '6,70', '6,50'],
    ['2018', '6,30', '6,50'],
    ['Varig', '6,30', '6,50'],
  ])
  const staff = charts.get('chart-staff')!
  expect(staff.headers).toEqual(['Enhet', 'Før', 'Etter'])
  expect(staff.table[0]).toEqual({ label: 'NAV Vestvågøy, kommunal del', cells: ['7,0', '6,0'] })

  // Values are written on the bars as in the table, in the chosen unit.
  for (const [id, g] of charts)
    expect(g.values, id).toEqual(
      g.table[0]?.cells
        .slice(0, g.bars.filter((b) => b.row === 0).length)
        .flatMap((_, s) => g.table.map((row) => row.cells[s])),
    )

  // Years that reach the target are coloured apart from those short of it, as the legend says.
  const reached = net.legend.find((l) => l.name === 'Innsparing som når målet')?.color
  const short = net.legend.find((l) => l.name === 'Innsparing under målet')?.color
  expect(reached).toBeDefined()
  expect(reached).not.toBe(short)
  net.bars.forEach((bar) => {
    const [saving, target] = net.table[bar.row]?.cells.map(numberOf) ?? []
    expect(rgb(bar.fill), net.table[bar.row]?.label).toBe(
      (saving ?? 0) >= (target ?? 0) ? reached : short,
    )
  })
})

test('savings are positive in every chart: a measure that costs is drawn below zero', async ({
  page,
}) => {
  await page.goto('/')
  await page.getByText('tusen kr', { exact: true }).first().click()
  // Only V, which costs 350 000 kr a year.
  const on = page.getByRole('switch', { checked: true })
  while ((await on.count()) > 0) await on.first().click()
  await page.getByRole('switch', { name: /^Velg tiltak V:/ }).click()
  await expect(page.getByTestId('headline-year-saving')).toContainText('350')

  const charts = await geometries(page)
  for (const [id, g] of charts) expectDrawnToScale(id, g)
  for (const id of ['chart-net', 'chart-waterfall']) expectTargetLine(id, charts.get(id)!)
  const net = charts.get('chart-net')!
  expect(net.table.map((r) => r.cells[0])).toEqual(Array(5).fill('−350'))
  expect(net.values).toEqual(Array(5).fill('−350'))
  const zero = net.zero ?? NaN
  // Below the zero line on screen: the columns start at zero and go down.
  for (const bar of net.bars) expect(bar.high).toBeGreaterThanOrEqual(zero - 1)
  const functions = charts.get('chart-functions')!
  expect(functions.table.map((r) => [r.label, ...r.cells])).toContainEqual([
    '242 Sosial rådgivning og veiledning',
    '−350',
  ])
  // Bars of a cost end left of zero.
  for (const bar of functions.bars)
    expect(bar.high).toBeLessThanOrEqual((functions.zero ?? NaN) + 1)
  // The waterfall's V goes down from zero in the cost colour, named so in the legend.
  const waterfall = charts.get('chart-waterfall')!
  const cost = waterfall.legend.find((l) => l.name === 'Økte utgifter')?.color
  expect(rgb(waterfall.bars[0]?.fill ?? '')).toBe(cost)
})

test('a chart can be read with the keyboard: its tooltip follows the arrow keys', async ({
  page,
}) => {
  await page.goto('/')
  const chart = page.getByTestId('chart-net')
  await chart.locator('.chart-bar').first().waitFor()
  // Focus shows the first year; the arrow keys move along.
  await chart.locator('svg.recharts-surface').focus()
  const tooltip = chart.locator('.chart-tooltip')
  await expect(tooltip).toContainText('2015')
  await expect(tooltip).toContainText('Innsparing6,70')
  await page.keyboard.press('ArrowRight')
  await expect(tooltip).toContainText('2016')
  // And the figures are there as a table for anyone who cannot see the chart.
  await chart.getByText('Vis tallene som tabell').click()
  await expect(chart.getByRole('row', { name: /^Varig/ })).toContainText('6,30')
})
