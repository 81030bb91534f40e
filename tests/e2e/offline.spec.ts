import { expect, test, type Page } from '@playwright/test'
import { figure, watchForeignRequests } from './helpers'

/** Resolves once the service worker has precached the app and controls the page. */
async function controlledByWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      )
  })
}

test('after the first visit the whole app works without network', async ({ page, context }) => {
  const foreign = watchForeignRequests(page)
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Vestvågøy')
  await controlledByWorker(page)

  await context.setOffline(true)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Vestvågøy')
  // The network is gone: a file the app did not keep cannot be fetched. (Asked of the page, not
  // of navigator.onLine, which Chromium 150 leaves true in a page its service worker served.)
  const probe = await page.evaluate(() =>
    fetch(`/not-kept-${Date.now()}`).then(
      () => 'fetched',
      () => 'failed',
    ),
  )
  expect(probe).toBe('failed')

  // A measure switches and the headline follows.
  const before = await figure(page, 'headline-year-saving')
  await page.getByRole('switch', { name: /^Velg tiltak D:/ }).click()
  await expect(page.getByTestId('headline-year-saving')).not.toHaveText(before)

  // The charts, drawn by a chunk loaded after the first screen, draw.
  await expect(page.getByTestId('chart-waterfall').locator('svg.recharts-surface')).toBeVisible()

  // A scenario is saved.
  await page.getByRole('button', { name: 'Lagre', exact: true }).click()
  const saving = page.getByRole('dialog', { name: 'Lagre scenario' })
  await saving.getByLabel('Navn').fill('Uten nett')
  await saving.getByRole('button', { name: 'Lagre' }).click()
  await expect(page.getByTestId('scenario-status')).toHaveText('Lagret')

  // Still offline: the saved scenario is there after another reload.
  await page.reload()
  await page.getByRole('button', { name: 'Scenarier' }).click()
  await expect(page.getByTestId('scenario-Uten nett')).toBeVisible()
  await page.keyboard.press('Escape')

  // The share dialog, the read-only view a link opens and the comparison are chunks of their own.
  await page.getByRole('button', { name: 'Del lenke' }).click()
  const linkField = page.getByLabel('Lenke til skrivebeskyttet visning')
  await expect(linkField).toHaveValue(/#s=/)
  const link = await linkField.inputValue()
  await page.keyboard.press('Escape')
  const reader = await context.newPage()
  await reader.goto(link)
  await expect(reader.getByTestId('presentation-name')).toBeVisible()
  await reader.close()
  await page.getByRole('button', { name: 'Scenarier' }).click()
  await page.getByRole('checkbox', { name: /^Velg «Arbeidsgruppas anbefaling/ }).check()
  await page.getByRole('checkbox', { name: 'Velg «Uten nett» for sammenligning' }).check()
  await page.getByRole('button', { name: 'Sammenlign valgte (2)' }).click()
  await expect(page.getByRole('heading', { name: 'Sammenligning av scenarier' })).toBeVisible()

  // The models dialog opens, and the model editor, a chunk of its own, loads.
  await page.getByRole('button', { name: 'Modeller' }).click()
  await page
    .getByRole('dialog', { name: 'Modeller' })
    .getByRole('button', { name: 'Ny modell' })
    .click()
  await expect(page.getByRole('heading', { name: /^Rediger modell:/ })).toBeVisible()
  expect(foreign).toEqual([])
})

test('the app can be installed: its manifest names it and has the icons Chrome asks for', async ({
  page,
  request,
}) => {
  await page.goto('/')
  const href = await page.locator('link[rel="manifest"]').getAttribute('href')
  expect(href).not.toBeNull()
  const response = await request.get(new URL(href ?? '', page.url()).href)
  expect(response.ok()).toBe(true)
  const manifest = (await response.json()) as {
    name: string
    short_name: string
    lang: string
    display: string
    start_url: string
    theme_color: string
    icons: { src: string; sizes: string; type: string; purpose?: string }[]
  }
  expect(manifest).toMatchObject({
    name: 'Omstilling',
    short_name: 'Omstilling',
    lang: 'nb',
    display: 'standalone',
    theme_color: '#1f5f99',
  })
  for (const size of ['192x192', '512x512']) {
    const icon = manifest.icons.find((i) => i.sizes === size && i.purpose === undefined)
    expect(icon?.type, size).toBe('image/png')
    const image = await request.get(new URL(icon?.src ?? '', response.url()).href)
    expect(image.headers()['content-type']).toBe('image/png')
    // A PNG says its width and height in its header.
    const bytes = await image.body()
    expect(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`).toBe(size)
  }
})
