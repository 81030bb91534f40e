import { expect, test } from '@playwright/test'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

interface PageText {
  width: number
  items: { text: string; x: number; right: number }[]
}

async function pdfPages(pdf: Buffer): Promise<PageText[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise
  const pages: PageText[] = []
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n)
    const { width } = page.getViewport({ scale: 1 })
    const content = await page.getTextContent()
    const items = content.items.flatMap((item) =>
      'str' in item && item.str.trim() !== ''
        ? [
            {
              text: item.str,
              x: item.transform[4] as number,
              right: (item.transform[4] as number) + item.width,
            },
          ]
        : [],
    )
    pages.push({ width, items })
  }
  return pages
}

// PDF text comes in pieces (ligatures such as "ff" are pieces of their own): compare without spaces.
const squeeze = (text: string) => text.replace(/\s+/g, '')
const pageOf = (pages: PageText[], text: string) =>
  pages.findIndex((page) => squeeze(page.items.map((i) => i.text).join('')).includes(squeeze(text)))

test('prints the headline figures, the charts and table 5.1 on A4 without cutting them', async ({
  page,
}, testInfo) => {
  await page.goto('/')
  await expect(page.getByTestId('headline-year-saving')).toBeVisible()
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
    ['Endring per KOSTRA-funksjon, 2015', '850 Generelt statstilskudd'],
  ] as const) {
    const at = pageOf(pages, title)
    expect(at, title).toBeGreaterThanOrEqual(0)
    expect(pageOf(pages.slice(at, at + 1), last), `${title} ends on its page`).toBe(0)
  }
  // Table 5.1 is there in full: every chosen measure and the total.
  const table = pageOf(pages, 'Oppsummering av tiltak (tabell 5.1)')
  expect(table).toBeGreaterThanOrEqual(0)
  for (const title of ['Intern omorganisering NAV', 'Anbud undervisning', 'Sum endring økonomi']) {
    expect(pageOf(pages, title), title).toBeGreaterThanOrEqual(table)
  }
})
