import type { Page } from '@playwright/test'
import { origin as appOrigin } from '../../playwright.config'

/** Text with Norwegian no-break spaces and minus signs made plain. */
export const plain = (text: string | null) =>
  (text ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\u2212/g, '-')

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
