import { expect, test } from '@playwright/test'
import { plain } from './helpers'

test('the chance of reaching the target is worked out in a worker while switching stays free', async ({
  page,
}) => {
  await page.goto('/')
  const summary = page.getByTestId('chance-summary')
  await expect(summary).toHaveText(
    'Målet nås varig med 14 % sannsynlighet; det meste av usikkerheten ligger i N, I og D.',
    { timeout: 20_000 },
  )
  // The draws ran in the worker's own file, not in the page's.
  const scripts = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => entry.name),
  )
  expect(scripts.some((name) => /chance\.worker.*\.js$/.test(name))).toBe(true)

  // Once every chart is drawn: no task while switching holds input for as long as the 100 000
  // draws take on the main thread.
  await expect(page.locator('.chart-box[data-drawn="stale"]')).toHaveCount(0)
  await page.evaluate(() => {
    const tasks: number[] = []
    Object.assign(window, { longTasks: tasks })
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration)
    }).observe({ type: 'longtask' })
  })
  const toggle = page.getByRole('switch', { name: /^Velg tiltak H:/ })
  const first = plain(await summary.textContent())
  for (let round = 0; round < 2; round++) {
    await toggle.click()
    await expect(summary).not.toHaveText(first)
    // The same selection and seed give the same figure again.
    await toggle.click()
    await expect(summary).toHaveText(first)
  }
  const longest = await page.evaluate(() =>
    Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks),
  )
  expect(longest).toBeLessThan(100)
})
