import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { figure, watchForeignRequests } from './helpers'

type Json = Record<string, unknown>
type Measures = { id: string; drivers: { id: string; inputs: Json }[] }[]

/** Vestvågøy saved as the user's own model, with D's refund rate raised to 95 %: figures that no
 *  published model gives. */
function ownModel(): Json {
  const file = JSON.parse(
    readFileSync(new URL('../../scenarios/vestvagoy-2014.json', import.meta.url), 'utf8'),
  ) as Json
  const d = (file.measures as Measures).find((m) => m.id === 'D')!
  d.drivers.find((x) => x.id === 'groupHomes')!.inputs.refundRate = '0.95'
  return { ...file, id: 'var-kommune', title: 'Vår kommune' }
}

/** Puts a model in the browser's library, as the app keeps it, and makes it the one that opens. */
async function seedOwnModel(page: Page, file: Json) {
  await page.evaluate(async (file) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('omstilling')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(new Error(String(request.error)))
    })
    const tx = db.transaction(['models', 'settings'], 'readwrite')
    const time = new Date().toISOString()
    tx.objectStore('models').put(
      { id: file.id, rev: 1, file, createdAt: time, savedAt: time },
      file.id as string,
    )
    tx.objectStore('settings').put(`own:${String(file.id)}`, 'openModel')
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve
      tx.onerror = () => reject(new Error(String(tx.error)))
    })
    db.close()
  }, file)
}

test('a scenario on an own model opens read-only, with its figures, where the model is unknown', async ({
  page,
  browser,
}) => {
  await page.goto('/')
  await expect(page.getByTestId('scenario-name')).toBeVisible()
  const published = await figure(page, 'headline-year-saving')
  await seedOwnModel(page, ownModel())
  await page.reload()
  await expect(page.getByText('Vår kommune').first()).toBeVisible()
  const own = await figure(page, 'headline-year-saving')
  // The same measures on the own model save another amount than on the published one.
  expect(own).not.toBe(published)

  await page.getByRole('button', { name: 'Lagre', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Lagre scenario' })
  await dialog.getByLabel('Navn').fill('Vårt forslag')
  await dialog.getByRole('button', { name: 'Lagre' }).click()
  await expect(page.getByTestId('scenario-status')).toHaveText('Lagret')
  await page.getByRole('button', { name: 'Del lenke' }).click()
  await expect(page.getByTestId('share-link')).toHaveValue(/#s=1\./)
  const link = await page.getByTestId('share-link').inputValue()
  console.info(`share link carrying the Vestvågøy-size model: ${link.length} characters`)

  const councillor = await browser.newContext({ locale: 'nb-NO' })
  const phone = await councillor.newPage()
  const foreign = watchForeignRequests(phone)
  await phone.goto(link)
  await expect(phone.getByTestId('presentation-name')).toHaveText('Vårt forslag')
  await expect(phone.getByText('Vår kommune').first()).toBeVisible()
  expect(await figure(phone, 'headline-year-saving')).toBe(own)
  await expect(phone.getByRole('switch')).toHaveCount(0)

  // A copy keeps the model too: the councillor's browser now has it, and the scenario on it.
  await phone.getByRole('button', { name: 'Lagre en kopi og rediger' }).click()
  await expect(phone.getByTestId('scenario-name')).toHaveText('Vårt forslag')
  await expect(phone.getByTestId('scenario-status')).toHaveText('Lagret')
  expect(await figure(phone, 'headline-year-saving')).toBe(own)
  await phone.reload()
  await expect(phone.getByTestId('scenario-name')).toBeVisible()
  expect(await figure(phone, 'headline-year-saving')).toBe(own)
  expect(foreign).toEqual([])
  await councillor.close()
})
