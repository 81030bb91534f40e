import { expect, test, type Page } from '@playwright/test'
import { figure, shareLink } from './helpers'

const toggle = (page: Page, id: string) =>
  page.getByRole('switch', { name: new RegExp(`^Velg tiltak ${id}:`) })

async function saveAs(page: Page, name: string) {
  await page.getByRole('button', { name: 'Lagre', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Lagre scenario' })
  await dialog.getByLabel('Navn').fill(name)
  await dialog.getByRole('button', { name: 'Lagre' }).click()
  await expect(page.getByTestId('scenario-status')).toHaveText('Lagret')
}

async function openSaved(page: Page, name: string) {
  await page.getByRole('button', { name: 'Scenarier' }).click()
  await page.getByTestId(`scenario-${name}`).getByRole('button', { name: 'Åpne' }).click()
}

test('a reload right after a change keeps it, on a slow machine too', async ({ page }) => {
  // A slow CPU widens the moments a change could slip through: before the tab's unsaved work is
  // read back, and between a write's request and its commit as the page goes.
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 })
  await page.goto('/')
  await toggle(page, 'H').click()
  await page.reload()
  // The switches take changes once the tab's unsaved work has been read back; slowly, at 8×.
  await expect(toggle(page, 'H')).toBeEnabled({ timeout: 30_000 })
  await expect(toggle(page, 'H')).not.toBeChecked()
  await expect(page.getByTestId('scenario-status')).toHaveText('Ikke lagret')
})

test('a rename in a tab with older work never carries it over the other tab’s save', async ({
  context,
}) => {
  const a = await context.newPage()
  await a.goto('/')
  await saveAs(a, 'S')
  const b = await context.newPage()
  await b.goto('/')
  await openSaved(b, 'S')
  await toggle(b, 'K').click()
  await toggle(a, 'N').click()
  await a.getByRole('button', { name: 'Lagre', exact: true }).click()
  await expect(b.getByTestId('conflict')).toBeVisible()

  await b.getByRole('button', { name: 'Scenarier' }).click()
  await b.getByTestId('scenario-S').getByRole('button', { name: 'Endre navn og notat' }).click()
  const rename = b.getByRole('dialog', { name: 'Endre navn og notat' })
  await rename.getByLabel('Navn').fill('S omdøpt')
  await rename.getByRole('button', { name: 'Lagre' }).click()
  await expect(rename).toBeHidden()
  await b.keyboard.press('Escape')
  await expect(b.getByRole('dialog')).toHaveCount(0)
  await b.getByRole('button', { name: 'Lagre', exact: true }).click()
  await expect(b.getByTestId('storage-issue')).toContainText('Ingenting er overskrevet')

  await a.reload()
  await openSaved(a, 'S omdøpt')
  await expect(toggle(a, 'N')).not.toBeChecked()
  await expect(toggle(a, 'K')).toBeChecked()
})

test('a tab opened from another has its own draft, starting from a copy', async ({ page }) => {
  await page.goto('/')
  await toggle(page, 'H').click()
  const [copy] = await Promise.all([
    page.waitForEvent('popup'),
    page.evaluate(() => void window.open(window.location.href)),
  ])
  await expect(toggle(copy, 'H')).not.toBeChecked()
  await toggle(copy, 'K').click()
  await copy.waitForTimeout(200)
  await page.reload()
  // The switches take changes once the tab's unsaved work has been read back; slowly, at 8×.
  await expect(toggle(page, 'H')).toBeEnabled({ timeout: 30_000 })
  await expect(toggle(page, 'H')).not.toBeChecked()
  await expect(toggle(page, 'K')).toBeChecked()
  await copy.reload()
  await expect(toggle(copy, 'K')).not.toBeChecked()
})

test('unsaved work of a closed tab is offered back in a new one', async ({ context }) => {
  const first = await context.newPage()
  await first.goto('/')
  await toggle(first, 'H').click()
  await first.waitForTimeout(200)
  await first.close()
  const second = await context.newPage()
  await second.goto('/')
  const offer = second.getByTestId('orphans')
  await expect(offer).toContainText('ulagret arbeid fra en fane som er lukket')
  await offer.getByRole('button', { name: 'Åpne' }).click()
  await expect(toggle(second, 'H')).not.toBeChecked()
  await expect(second.getByTestId('orphans')).toHaveCount(0)
})

test('opening another scenario over unsaved work asks first', async ({ page }) => {
  await page.goto('/')
  await saveAs(page, 'Første')
  await toggle(page, 'H').click()
  await openSaved(page, 'Første')
  const question = page.getByRole('dialog', { name: 'Ulagrede endringer' })
  await question.getByRole('button', { name: 'Avbryt' }).click()
  await expect(toggle(page, 'H')).not.toBeChecked()
  await openSaved(page, 'Første')
  await page.getByRole('button', { name: 'Lagre endringene' }).click()
  await expect(page.getByTestId('scenario-status')).toHaveText('Lagret')
  await expect(toggle(page, 'H')).not.toBeChecked()
})

test('a link opened in a tab with unsaved work asks before its copy replaces it', async ({
  page,
  browser,
}) => {
  const author = await browser.newPage()
  await author.goto('/')
  await toggle(author, 'O').click()
  await saveAs(author, 'Fra lenke')
  const link = await shareLink(author)
  await author.close()

  await page.goto('/')
  await toggle(page, 'H').click()
  await page.goto(link)
  await expect(page.getByTestId('presentation-name')).toHaveText('Fra lenke')
  await page.getByRole('button', { name: 'Lagre en kopi og rediger' }).click()
  await page.getByRole('button', { name: 'Avbryt' }).click()
  await expect(page.getByTestId('presentation-name')).toHaveText('Fra lenke')
  await page.getByRole('button', { name: 'Lagre en kopi og rediger' }).click()
  await page.getByRole('button', { name: 'Forkast endringene' }).click()
  await expect(page.getByTestId('scenario-name')).toHaveText('Fra lenke')
  await expect(page.getByTestId('scenario-status')).toHaveText('Lagret')
  await expect(toggle(page, 'O')).not.toBeChecked()
  expect(new URL(page.url()).hash).toBe('')
})

test('a link that breaks a rule opens with the problem said and those measures not counted', async ({
  page,
}) => {
  await page.goto('/')
  // Choosing B1, B2 and E is impossible on screen; build the link the way an old file would carry it.
  const link = await page.evaluate(async () => {
    const scenario = {
      format: 'omstilling.scenario',
      schemaVersion: 1,
      name: 'Brudd',
      note: '',
      model: { id: 'vestvagoy-2014', version: '2014.1' },
      selection: ['A', 'B1', 'B2', 'E'],
      overrides: {},
    }
    const bytes = new TextEncoder().encode(JSON.stringify(scenario))
    const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate'))
    const deflated = new Uint8Array(await new Response(stream).arrayBuffer())
    const base64 = btoa(String.fromCharCode(...deflated))
    return `/#s%3D1.${base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`
  })
  await page.goto(link)
  await expect(page.getByTestId('presentation-name')).toHaveText('Brudd')
  const said = page.getByTestId('shared-adapted')
  await expect(said).toContainText(/B1 «[^»]*» og B2 «[^»]*» er ikke regnet med/)
  await expect(said).toContainText(/E «[^»]*» er ikke regnet med: det krever D/)
  expect(await figure(page, 'headline-year-saving')).toBe('0,75 mill. kr')
  await expect(page.getByTestId('presented-B1')).toHaveCount(0)
})

test('a link opens in the read-only view without the editor showing first', async ({
  page,
  browser,
}) => {
  await page.goto('/')
  const link = await shareLink(page)
  const fresh = await browser.newPage()
  await fresh.addInitScript(() => {
    const seen = { editor: false }
    Object.assign(window, { seen })
    new MutationObserver(() => {
      if (document.querySelector('.measure-panel')) seen.editor = true
    }).observe(document, { childList: true, subtree: true })
  })
  await fresh.goto(link)
  await expect(fresh.getByTestId('presentation-name')).toBeVisible()
  expect(
    await fresh.evaluate(() => (window as unknown as { seen: { editor: boolean } }).seen.editor),
  ).toBe(false)
  await fresh.close()
})

test('storage emptied while the app is open: said plainly, and saving works again', async ({
  page,
}) => {
  await page.goto('/')
  await saveAs(page, 'Før')
  await toggle(page, 'H').click()
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        const request = indexedDB.deleteDatabase('omstilling')
        request.onsuccess = resolve
        request.onerror = resolve
      }),
  )
  await expect(page.getByTestId('storage-issue')).toContainText('ble tømt mens appen var åpen')
  await expect(toggle(page, 'H')).not.toBeChecked()
  await page.getByRole('button', { name: 'Lagre', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Lagre scenario' })
  await dialog.getByLabel('Navn').fill('Etter')
  await dialog.getByRole('button', { name: 'Lagre' }).click()
  await page.reload()
  await page.getByRole('button', { name: 'Scenarier' }).click()
  await expect(page.getByTestId('scenario-Etter')).toBeVisible()
})

test('damaged records hide only themselves, and can be downloaded as they are', async ({
  page,
}) => {
  await page.goto('/')
  await saveAs(page, 'Lesbar')
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('omstilling')
        open.onsuccess = () => {
          const tx = open.result.transaction('scenarios', 'readwrite')
          tx.objectStore('scenarios').put(undefined, 'u')
          tx.objectStore('scenarios').put(10n, 'b')
          tx.objectStore('scenarios').put(
            {
              format: 'omstilling.scenario',
              schemaVersion: 1,
              id: 'd',
              name: 'Umulig dato',
              note: '',
              model: { id: 'vestvagoy-2014', version: '2014.1' },
              selection: [],
              overrides: {},
              rev: 1,
              createdAt: '2026-13-45T25:61:61Z',
              updatedAt: '2026-13-45T25:61:61Z',
            },
            'd',
          )
          tx.oncomplete = () => {
            open.result.close()
            resolve()
          }
          tx.onerror = () => reject(new Error('write failed'))
        }
      }),
  )
  await page.reload()
  await page.getByRole('button', { name: 'Scenarier' }).click()
  const dialog = page.getByRole('dialog', { name: 'Scenarier' })
  await expect(dialog.getByTestId('scenario-Lesbar')).toBeVisible()
  await expect(dialog).toContainText('3 lagrede scenarier kan ikke leses')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: /Last ned det som er lagret \(b\)/ }).click(),
  ])
  expect(download.suggestedFilename()).toMatch(/\.json$/)
})
