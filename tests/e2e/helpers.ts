import { expect, type Page } from '@playwright/test'
import { origin as appOrigin } from '../../playwright.config'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

/** Text with Norwegian no-break spaces and minus signs made plain. */
export const plain = (text: string | null) =>
  (text ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\u2212/g, '-')

/** Opens "Del lenke" and gives the link once it has been made (it is compressed after the dialog opens). */
export async function shareLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Del lenke' }).click()
  const field = page.getByTestId('share-link')
  await expect(field).toHaveValue(/#s=/)
  return field.inputValue()
}

export const figure = async (page: Page, testId: string) =>
  plain(await page.getByTestId(testId).textContent())

/** Collects every request the page makes outside its own origin. */
export function watchForeignRequests(page: Page, origin = `${appOrigin}/`): string[] {
  const foreign: string[] = []
  page.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      foreign.push(url)
  })
  return foreign
}

export interface PageText {
  width: number
  items: { text: string; x: number; right: number }[]
}

/** The text of each page of a PDF, with where each piece starts and ends. */
export async function pdfPages(pdf: Buffer): Promise<PageText[]> {
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
/** The first page whose text holds `text`, or -1. */
export const pageOf = (pages: PageText[], text: string) =>
  pages.findIndex((page) => squeeze(page.items.map((i) => i.text).join('')).includes(squeeze(text)))
