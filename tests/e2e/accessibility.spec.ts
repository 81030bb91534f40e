import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page })
  const { violations } = await (include ? builder.include(include) : builder).analyze()
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

test('no serious accessibility violations, in any state a meeting reaches', async ({ page }) => {
  // Each axe run over the whole page takes several seconds on a busy 2-core machine.
  test.slow()
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])

  await page.getByRole('button', { name: 'Vis detaljer og antakelser for tiltak D' }).click()
  await page.getByRole('textbox', { name: 'Refusjonssats' }).fill('0,85')
  await expect(page.getByRole('button', { name: /^Bruk 85/ })).toBeVisible()
  expect(await seriousViolations(page, '[data-testid="measure-D"]')).toEqual([])
  await page.getByRole('textbox', { name: 'Refusjonssats' }).fill('180')
  await page.getByRole('switch', { name: /^Velg tiltak B2:/ }).click()
  await page.getByRole('switch', { name: /^Velg tiltak D:/ }).click()
  await page.getByText('Merknader til tallene i modellfilen').click()
  expect(await seriousViolations(page)).toEqual([])

  await page.getByText('English', { exact: true }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  expect(await seriousViolations(page)).toEqual([])
})

test('the switches can be reached and worked with the keyboard alone', async ({ page }) => {
  await page.goto('/')
  const a = page.getByRole('switch', { name: /^Velg tiltak A:/ })
  // Held until the tab's unsaved work is read back; a held switch takes no focus.
  await expect(a).toBeEnabled()
  await a.focus()
  await page.keyboard.press('Space')
  await expect(a).not.toBeChecked()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: 'Skjul detaljer for tiltak A' })).toBeFocused()
})
