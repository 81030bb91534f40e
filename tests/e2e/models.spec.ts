import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { generatedModel } from '../builders/generatedModel'

const TITLE = 'Sosial- og flyktningtjenesten 2014'
const COPY = `${TITLE} (kopi)`

const openList = async (page: Page) => {
  await page.getByRole('button', { name: 'Modeller' }).click()
  return page.getByRole('dialog', { name: 'Modeller' })
}

test('a copy of Vestvågøy stays open after a reload, and a deleted model comes back with undo', async ({
  page,
}, testInfo) => {
  await page.goto('/')
  const list = await openList(page)
  await list
    .getByRole('group', { name: TITLE })
    .getByRole('button', { name: 'Lag en kopi' })
    .click()
  const copy = list.getByRole('group', { name: COPY })
  await expect(copy).toBeVisible()
  const { violations } = await new AxeBuilder({ page }).include('.dialog').analyze()
  expect(
    violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
  ).toEqual([])
  await page.screenshot({ path: testInfo.outputPath('models-1280x720.png') })

  await copy.getByRole('button', { name: 'Åpne' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText(COPY)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toContainText(COPY)

  // Back on the published model, the copy can be deleted, and brought back.
  const again = await openList(page)
  await again.getByRole('group', { name: TITLE }).getByRole('button', { name: 'Åpne' }).click()
  await expect(page.getByRole('heading', { level: 1 })).not.toContainText(COPY)
  const third = await openList(page)
  await third.getByRole('group', { name: COPY }).getByRole('button', { name: 'Slett' }).click()
  await expect(third.getByRole('group', { name: COPY })).toHaveCount(0)
  await third.getByRole('status').getByRole('button', { name: 'Angre' }).click()
  await expect(third.getByRole('group', { name: COPY })).toBeVisible()
  await page.reload()
  const last = await openList(page)
  await expect(last.getByRole('group', { name: COPY })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).not.toContainText(COPY)
})

test('a model of a thousand measures shows every measure, and the last is switched from the keyboard', async ({
  page,
}) => {
  const json = generatedModel({ measures: 1000, years: 10, seed: 1 })
  await page.goto('/')
  const list = await openList(page)
  await list.getByLabel('Importer modell…').setInputFiles({
    name: 'generated.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(json)),
  })
  const title = String(json['title'])
  await list.getByRole('group', { name: title }).getByRole('button', { name: 'Åpne' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title)
  // A screenful is drawn at once and the rest after the paint: in the end all are in the page,
  // for find-in-page, printing and the keyboard.
  await expect(page.getByRole('switch')).toHaveCount(1000)
  const last = page.getByRole('switch').last()
  const count = page.locator('.measure-panel .count')
  const before = await count.textContent()
  const wasOn = await last.isChecked()
  await last.focus()
  await page.keyboard.press('Space')
  await expect(last).toBeChecked({ checked: !wasOn })
  await expect(last).toBeInViewport()
  await expect(count).not.toHaveText(before ?? '')
})
