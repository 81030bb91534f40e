import { expect, test } from '@playwright/test'
import { pageOf, pdfPages } from './helpers'

test('prints the headline figures, the charts and table 5.1 on A4 without cutting them', async ({
  page,
}, testInfo) => {
  await page.goto('/')
  await expect(page.getByTestId('headline-year-saving')).toBeVisible()
  // The charts are drawn a few frames after the headline, by design.
  for (const id of ['chart-net', 'chart-waterfall', 'chart-staff', 'chart-functions'])
    await expect(page.getByTestId(id).locator('.chart-bar').first()).toBeVisible({
      timeout: 15_000,
    })
  await page.emulateMedia({ media: 'print' })
  const pdf = await page.pdf({
    format: 'A4',
    printBackground: true,
    path: testInfo.outputPath('modeller.pdf'),
  })
  const pages = await pdfPages(pdf)
  expect(pages.length).toBeGreaterThan(1)

  // Nothing sticks out of the page.
  for (const p of pages) {
    for (const item of p.items) {
      expect(item.x).toBeGreaterThanOrEqual(0)
      expect(item.right).toBeLessThanOrEqual(p.width + 0.5)
    }
  }
  // The controls are not printed; the results are.
  expect(pageOf(pages, 'Søk i tiltak')).toBe(-1)
  expect(pageOf(pages, 'Effekt i 2015')).toBe(0)
  // Each chart is whole on one page: its title, its axis and its legend together.
  for (const [title, last] of [
    ['Innsparing per år mot målet', 'Varig'],
    ['Tiltakenes bidrag mot målet, 2015', 'Sum'],
    ['Årsverk per enhet før og etter, 2015', 'Etter'],
    ['Innsparing per KOSTRA-funksjon, 2015', '850 Generelt statstilskudd'],
  ] as const) {
    const at = pageOf(pages, title)
    expect(at, title).toBeGreaterThanOrEqual(0)
    expect(pageOf(pages.slice(at, at + 1), last), `${title} ends on its page`).toBe(0)
  }
  // Table 5.1 is there in full: every chosen measure and the total.
  const table = pageOf(pages, 'Oppsummering av tiltak (tabell 5.1)')
  expect(table).toBeGreaterThanOrEqual(0)
  // (Read from its page on: a measure's title is also written in charts before it.)
  for (const title of ['Intern omorganisering NAV', 'Anbud undervisning', 'Sum endring økonomi']) {
    expect(pageOf(pages.slice(table), title), title).toBeGreaterThanOrEqual(0)
  }
})
