import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { figure, plain } from './helpers'

const PHONE = { width: 390, height: 844 }
test.use({ viewport: PHONE })

/** The page is no wider than the screen: nothing to scroll sideways. */
async function expectNoSidewaysScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth)
  expect(width).toBe(page.viewportSize()?.width)
}

/** The element's box lies inside the screen, whole. */
async function expectOnScreen(page: Page, element: Locator) {
  const box = await element.boundingBox()
  const screen = page.viewportSize()
  expect(box, 'the element is laid out').not.toBeNull()
  if (!box || !screen) return
  expect(box.x).toBeGreaterThanOrEqual(0)
  expect(box.y).toBeGreaterThanOrEqual(0)
  expect(box.x + box.width).toBeLessThanOrEqual(screen.width + 0.5)
  expect(box.y + box.height).toBeLessThanOrEqual(screen.height + 0.5)
}

/** Opens a dialog from the scenario bar, checks that it fits the phone, and closes it. */
async function expectDialogFits(page: Page, button: string, dialogName: string | RegExp) {
  await page.getByRole('button', { name: button, exact: true }).click()
  const dialog = page.getByRole('dialog', { name: dialogName })
  await expect(dialog).toBeVisible()
  await expectOnScreen(page, dialog)
  // Nothing inside it is wider than it is.
  expect(await dialog.evaluate((d) => d.scrollWidth <= d.clientWidth)).toBe(true)
  await expectNoSidewaysScroll(page)
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
}

test('on a phone the editor fits the screen and the results are one tap from the measures', async ({
  page,
}, testInfo) => {
  await page.goto('/')
  await expect(page.getByTestId('headline-year-saving')).toBeVisible()
  await expectNoSidewaysScroll(page)
  await page.screenshot({ path: testInfo.outputPath('editor-390.png') })

  // The results lie under 24 measures, out of sight; the summary at the foot of the screen shows
  // the headline's figures and goes on showing them as a measure is switched.
  const summary = page.getByRole('region', { name: 'Sammendrag av resultatene' })
  await expectOnScreen(page, summary)
  const { violations } = await new AxeBuilder({ page }).include('.results-summary').analyze()
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([])
  expect((await page.getByTestId('headline-year').boundingBox())?.y).toBeGreaterThan(PHONE.height)
  const before = await figure(page, 'headline-year-saving')
  expect(plain(await summary.textContent())).toContain(before)
  await page.getByRole('switch', { name: /^Velg tiltak B2:/ }).click()
  await expectOnScreen(page, summary)
  await expect.poll(() => figure(page, 'headline-year-saving')).not.toBe(before)
  expect(plain(await summary.textContent())).toContain(await figure(page, 'headline-year-saving'))

  await summary.getByRole('link', { name: 'Til resultatene' }).click()
  await expectOnScreen(page, page.getByTestId('headline-year-saving'))
  await expect(page.locator('#results')).toBeFocused()
  // Moving to the results leaves the address alone: its fragment is for share links.
  expect(new URL(page.url()).hash).toBe('')
  await page.screenshot({ path: testInfo.outputPath('results-390.png') })
  await page.evaluate(() => window.scrollTo(0, 0))

  await expectDialogFits(page, 'Lagre', 'Lagre scenario')
  await expectDialogFits(page, 'Lagre som nytt', 'Lagre scenario')
  await expectDialogFits(page, 'Del lenke', /^Del lenke:/)
  await expectDialogFits(page, 'Scenarier', 'Scenarier')
  await expectDialogFits(page, 'Modeller', 'Modeller')
})

test('on a phone the compare view and the model editor fit the screen', async ({
  page,
}, testInfo) => {
  await page.goto('/')
  for (const name of ['Anbefalt', 'Med B2']) {
    if (name === 'Med B2') await page.getByRole('switch', { name: /^Velg tiltak B2:/ }).click()
    await page.getByRole('button', { name: 'Lagre som nytt' }).click()
    const dialog = page.getByRole('dialog', { name: 'Lagre scenario' })
    await dialog.getByLabel('Navn').fill(name)
    await dialog.getByRole('button', { name: 'Lagre' }).click()
    await expect(page.getByTestId('scenario-name')).toHaveText(name)
  }
  await page.getByRole('button', { name: 'Scenarier' }).click()
  await page.getByRole('checkbox', { name: 'Velg «Anbefalt» for sammenligning' }).check()
  await page.getByRole('checkbox', { name: 'Velg «Med B2» for sammenligning' }).check()
  await page.getByRole('button', { name: 'Sammenlign valgte (2)' }).click()
  await expect(page.getByRole('heading', { name: 'Sammenligning av scenarier' })).toBeVisible()
  await expectNoSidewaysScroll(page)
  await page.screenshot({ path: testInfo.outputPath('compare-390.png'), fullPage: true })

  await page.getByRole('button', { name: 'Modeller' }).click()
  await page
    .getByRole('dialog', { name: 'Modeller' })
    .getByRole('button', { name: 'Ny modell' })
    .click()
  await expect(page.getByRole('heading', { name: /^Rediger modell:/ })).toBeVisible()
  await expectNoSidewaysScroll(page)
  await page.screenshot({ path: testInfo.outputPath('model-editor-390.png'), fullPage: true })
})

/*
 * 200 % zoom on a 1280×720 screen lays the page out in 640×360 CSS pixels, two device pixels
 * each; in a window half that wide (or at 400 %) it is 320 CSS pixels, where far more text wraps.
 */
const ZOOMED = [
  { width: 640, height: 360 },
  { width: 320, height: 360 },
]

test('at 200 % zoom every figure keeps its unit on its line', async ({ browser }, testInfo) => {
  const context = await browser.newContext({
    viewport: { width: 640, height: 360 },
    deviceScaleFactor: 2,
    locale: 'nb-NO',
  })
  const page = await context.newPage()
  await page.goto('/')
  await expect(page.getByTestId('headline-year-saving')).toBeVisible()

  for (const [viewport, unit] of ZOOMED.flatMap((v) => [
    [v, 'mill. kr'] as const,
    [v, 'tusen kr'] as const,
  ])) {
    await page.setViewportSize(viewport)
    await expectNoSidewaysScroll(page)
    await page.getByRole('group', { name: 'Beløp i' }).getByText(unit, { exact: true }).click()
    // Every element whose own text is a number and a unit: none may break between them.
    const broken = await page.evaluate(() => {
      const withUnit = /\d[\d\s,.]*(mill\.\s?kr|tusen\s?kr|årsverk|%)/g
      const leaves = [...document.querySelectorAll<HTMLElement>('body *')].filter(
        (e) =>
          e.children.length === 0 && e.closest('svg') === null && e.getClientRects().length > 0,
      )
      let checked = 0
      const problems: string[] = []
      for (const element of leaves) {
        // React may write a figure and its unit as neighbouring text nodes: find offsets in each.
        const nodes = [...element.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE)
        const at = (offset: number): [Node, number] => {
          let rest = offset
          for (const node of nodes) {
            const length = node.textContent?.length ?? 0
            if (rest <= length) return [node, rest]
            rest -= length
          }
          throw new Error('offset past the text')
        }
        const text = nodes.map((n) => n.textContent ?? '').join('')
        for (const match of text.matchAll(withUnit)) {
          // Words quoted «…» from the model file are its author's, not figures the app formats.
          const before = text.slice(0, match.index)
          if (before.split('«').length > before.split('»').length) continue
          checked += 1
          const range = document.createRange()
          range.setStart(...at(match.index))
          range.setEnd(...at(match.index + match[0].length))
          // One line: every piece of the figure has the same top.
          const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)))
          if (tops.size > 1) problems.push(match[0])
        }
      }
      return { checked, problems }
    })
    expect(broken.checked).toBeGreaterThan(20)
    expect(broken.problems, `${viewport.width} px, ${unit}`).toEqual([])
    await page.screenshot({ path: testInfo.outputPath(`zoom-${viewport.width}-${unit}.png`) })
  }
  await context.close()
})
