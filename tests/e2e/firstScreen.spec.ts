import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

const plain = (text: string | null) =>
  (text ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\u2212/g, '-')

const cell = async (page: Page, testId: string) =>
  plain(await page.getByTestId(testId).textContent())

test('the first screen computes the totals live as measures are switched', async ({
  page,
}, testInfo) => {
  const foreign: string[] = []
  page.on('request', (request) => {
    if (!request.url().startsWith('http://127.0.0.1:4173/')) foreign.push(request.url())
  })
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Vestvågøy kommune')
  expect(await cell(page, 'net-2015')).toBe('-6,70')
  expect(await cell(page, 'net-lasting')).toBe('-6,30')
  await page.screenshot({ path: testInfo.outputPath('first-screen-1280x720.png'), fullPage: true })

  const d = page.getByRole('switch', { name: /Velg tiltak D:/ })
  await d.click()
  await expect(d).not.toBeChecked()
  expect(await cell(page, 'net-2015')).toBe('-5,70')
  expect(await cell(page, 'total-2015')).toBe('-5 700')
  // E needs D: switching D off breaks that rule, and the page says so.
  await expect(page.getByRole('alert')).toContainText('E krever D')

  await d.press('Space')
  await expect(d).toBeChecked()
  expect(await cell(page, 'net-2015')).toBe('-6,70')
  await expect(page.getByRole('alert')).toHaveCount(0)

  await page.getByRole('switch', { name: /Velg tiltak V:/ }).click()
  expect(await cell(page, 'net-2015')).toBe('-6,35')

  expect(foreign).toEqual([])
})

test('the first screen has no serious accessibility violations', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const { violations } = await new AxeBuilder({ page }).analyze()
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([])
})
