import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { figure } from './helpers'

/** The element's box lies inside the screen, whole. */
async function expectOnScreen(page: Page, element: Locator) {
  const box = await element.boundingBox()
  const screen = page.viewportSize()
  expect(box, 'the element is laid out').not.toBeNull()
  if (!box || !screen) return
  expect(box.y).toBeGreaterThanOrEqual(0)
  expect(box.x).toBeGreaterThanOrEqual(0)
  expect(box.y + box.height).toBeLessThanOrEqual(screen.height + 0.5)
  expect(box.x + box.width).toBeLessThanOrEqual(screen.width + 0.5)
}

const fontSize = (element: Locator) =>
  element.evaluate((e) => Number.parseFloat(getComputedStyle(e).fontSize))

async function startMeeting(page: Page) {
  await page.goto('/')
  const a = page.getByRole('switch', { name: /^Velg tiltak A:/ })
  // Held until the tab's unsaved work is read back.
  await expect(a).toBeEnabled()
  await page.keyboard.press('m')
  await expect(page.getByRole('button', { name: 'Møtemodus' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
}

const PROJECTORS = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]

for (const viewport of PROJECTORS) {
  test.describe(`on a ${viewport.width}×${viewport.height} projector`, () => {
    test.use({ viewport })

    test('meeting mode keeps the headline in view and legible while measures are switched', async ({
      page,
    }, testInfo) => {
      await startMeeting(page)
      const year = page.getByTestId('headline-year')
      const lasting = page.getByTestId('headline-lasting')
      // The figures that matter can be read from the back of the room.
      for (const part of [
        year.locator('.headline-saving'),
        page.getByTestId('headline-year-saving'),
        page.getByTestId('headline-year-gap'),
        page.getByTestId('headline-year-staff'),
        lasting.locator('.headline-saving'),
        page.getByTestId('headline-lasting-saving'),
        page.getByTestId('headline-lasting-gap'),
      ]) {
        expect(await fontSize(part)).toBeGreaterThanOrEqual(20)
      }
      await page.screenshot({ path: testInfo.outputPath(`meeting-${viewport.width}.png`) })

      // Down to the last measure with the wheel, as someone at the laptop would; the wheel goes
      // on past the list's end, and then the page itself is scrolled to its foot.
      const measures = page.getByRole('region', { name: 'Tiltak', exact: true })
      await measures.hover()
      for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 2000)
      expect(
        await measures.evaluate((m) => m.scrollHeight - m.scrollTop - m.clientHeight),
      ).toBeLessThan(2)
      // O, in the last theme: the last measure with an effect on the money (T, after it, has none).
      const last = page.getByRole('switch', { name: /^Velg tiltak O:/ })
      await expectOnScreen(page, last)
      const before = await figure(page, 'headline-year-saving')
      await last.click()
      await expect.poll(() => figure(page, 'headline-year-saving')).not.toBe(before)
      await expectOnScreen(page, year)
      await expectOnScreen(page, lasting)

      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(500)
      await expectOnScreen(page, year)
      await expectOnScreen(page, lasting)
      await page.screenshot({ path: testInfo.outputPath(`meeting-${viewport.width}-scrolled.png`) })

      // The charts take the width of the results beside the measures.
      const chart = page.locator('.chart').first()
      const results = page.locator('#results')
      const [chartBox, resultsBox] = [await chart.boundingBox(), await results.boundingBox()]
      expect(chartBox?.width ?? 0).toBeGreaterThan((resultsBox?.width ?? 0) * 0.95)

      // The key toggles it back: the page is the editor again.
      await page.keyboard.press('m')
      await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeVisible()
      expect(await fontSize(page.getByTestId('headline-year-gap'))).toBeLessThan(20)
    })
  })
}

test('meeting mode has no serious accessibility violations', async ({ page }) => {
  test.slow()
  await startMeeting(page)
  const { violations } = await new AxeBuilder({ page }).analyze()
  expect(
    violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([])
})
