import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { strFromU8, unzipSync } from 'fflate'
import { figure, shareLink, watchForeignRequests } from './helpers'

async function saveAs(page: Page, name: string, note = '') {
  await page.getByRole('button', { name: 'Lagre', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Lagre scenario' })
  await dialog.getByLabel('Navn').fill(name)
  await dialog.getByLabel('Notat').fill(note)
  await dialog.getByRole('button', { name: 'Lagre' }).click()
  await expect(page.getByTestId('scenario-status')).toHaveText('Lagret')
}

test('save, reload, keep a draft, and compare', async ({ page }, testInfo) => {
  const foreign = watchForeignRequests(page)
  await page.goto('/')
  await saveAs(page, 'Arbeidsgruppas forslag', 'Fra møtet')
  await page.getByRole('switch', { name: /^Velg tiltak B2:/ }).click()
  await page.getByRole('button', { name: 'Lagre som nytt' }).click()
  const dialog = page.getByRole('dialog', { name: 'Lagre scenario' })
  await dialog.getByLabel('Navn').fill('Med B2')
  await dialog.getByRole('button', { name: 'Lagre' }).click()
  await expect(page.getByTestId('scenario-name')).toHaveText('Med B2')

  // An unsaved change survives a reload, and so do both saved scenarios.
  await page.getByRole('switch', { name: /^Velg tiltak O:/ }).click()
  await page.waitForTimeout(500)
  await page.reload()
  await expect(page.getByTestId('scenario-name')).toHaveText('Med B2')
  await expect(page.getByTestId('scenario-status')).toHaveText('Ulagrede endringer')
  await expect(page.getByRole('switch', { name: /^Velg tiltak O:/ })).not.toBeChecked()

  await page.getByRole('button', { name: 'Scenarier' }).click()
  await page
    .getByRole('checkbox', { name: 'Velg «Arbeidsgruppas forslag» for sammenligning' })
    .check()
  await page.getByRole('checkbox', { name: 'Velg «Med B2» for sammenligning' }).check()
  await page.getByRole('button', { name: 'Sammenlign valgte (2)' }).click()
  await expect(page.getByRole('heading', { name: 'Sammenligning av scenarier' })).toBeVisible()
  await expect(page.getByTestId('compare-measure-B2')).toHaveClass(/differs/)
  expect(await figure(page, 'compare-lasting')).toContain('6,60')
  const { violations } = await new AxeBuilder({ page }).analyze()
  expect(
    violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
  ).toEqual([])
  await page.screenshot({ path: testInfo.outputPath('compare-1280x720.png'), fullPage: true })

  // Both downloads, read back.
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Last ned CSV' }).click(),
  ])
  const bytes = readFileSync(await csv.path())
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const text = bytes.toString('utf8')
  expect(text).toContain('Nøkkeltall;Arbeidsgruppas forslag;Med B2\r\n')
  expect(text).toContain('Varig innsparing (kr);6300000;6600000\r\n')
  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Last ned Excel' }).click(),
  ])
  const files = unzipSync(new Uint8Array(readFileSync(await xlsx.path())))
  const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!)
  expect(sheet).toMatch(/<v>6600000<\/v>/)
  expect(foreign).toEqual([])
})

test('a shared link opens the presentation view in a fresh browser, read-only, and can be saved as a copy', async ({
  page,
  browser,
}, testInfo) => {
  await page.goto('/')
  await page.getByRole('switch', { name: /^Velg tiltak H:/ }).click()
  await saveAs(page, 'Til kommunestyret', 'Uten strammere intro-tid (H).')
  const link = await shareLink(page)
  expect(link).toMatch(/#s=1\./)

  const councillor = await browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'nb-NO',
  })
  const phone = await councillor.newPage()
  const foreign = watchForeignRequests(phone)
  await phone.goto(link)
  await expect(phone.getByTestId('presentation-name')).toHaveText('Til kommunestyret')
  await expect(phone.getByText('Uten strammere intro-tid (H).')).toBeVisible()
  expect(await figure(phone, 'headline-year-saving')).toBe('5,70 mill. kr')
  await expect(phone.getByTestId('presented-A')).toContainText('For brukerne')
  await expect(phone.getByTestId('presented-A')).toContainText('Sparer 0,75 mill. kr i 2015.')
  await expect(phone.getByTestId('presented-H')).toHaveCount(0)
  await expect(phone.getByRole('switch')).toHaveCount(0)
  await phone.screenshot({ path: testInfo.outputPath('presentation-phone.png'), fullPage: true })
  const { violations } = await new AxeBuilder({ page: phone }).analyze()
  expect(
    violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
  ).toEqual([])

  const pdf = await phone.pdf({ format: 'A4', path: testInfo.outputPath('presentation.pdf') })
  expect(pdf.length).toBeGreaterThan(10_000)

  await phone.getByRole('button', { name: 'Lagre en kopi og rediger' }).click()
  await expect(phone.getByTestId('scenario-name')).toHaveText('Til kommunestyret')
  await expect(phone.getByTestId('scenario-status')).toHaveText('Lagret')
  await expect(phone.getByRole('switch', { name: /^Velg tiltak H:/ })).not.toBeChecked()
  expect(foreign).toEqual([])
  await councillor.close()
})

test('a link cut short says so, and changes nothing saved', async ({ page }) => {
  await page.goto('/')
  await saveAs(page, 'Trygt lagret')
  const link = await shareLink(page)
  await page.goto(link.slice(0, link.length - 12))
  await expect(page.getByRole('alert')).toContainText('Lenken er ødelagt eller ufullstendig')
  await page.getByRole('button', { name: 'Åpne modellen' }).click()
  await page.getByRole('button', { name: 'Scenarier' }).click()
  await expect(page.getByTestId('scenario-Trygt lagret')).toBeVisible()
})

test('two tabs on one scenario: a save in one is seen in the other, and neither overwrites the other', async ({
  context,
}) => {
  const a = await context.newPage()
  await a.goto('/')
  await saveAs(a, 'Delt mellom faner')
  const b = await context.newPage()
  await b.goto('/')
  await b.getByRole('button', { name: 'Scenarier' }).click()
  await b.getByTestId('scenario-Delt mellom faner').getByRole('button', { name: 'Åpne' }).click()
  await expect(b.getByTestId('scenario-status')).toHaveText('Lagret')

  await a.getByRole('switch', { name: /^Velg tiltak O:/ }).click()
  await a.getByRole('button', { name: 'Lagre', exact: true }).click()
  await expect(b.getByRole('switch', { name: /^Velg tiltak O:/ })).not.toBeChecked()

  await b.getByRole('switch', { name: /^Velg tiltak K:/ }).click()
  await a.getByRole('switch', { name: /^Velg tiltak N:/ }).click()
  await a.getByRole('button', { name: 'Lagre', exact: true }).click()
  await expect(b.getByTestId('conflict')).toContainText('er lagret i en annen fane')
  await b.getByRole('button', { name: 'Lagre', exact: true }).click()
  await expect(b.getByTestId('storage-issue')).toContainText('Ingenting er overskrevet')
  await b.getByRole('button', { name: 'Lagre mine endringer som nytt scenario' }).click()
  await b.getByRole('button', { name: 'Scenarier' }).click()
  await expect(b.getByRole('dialog').locator('.scenario-row')).toHaveCount(3)
})

test('the scenario list is accessible', async ({ page }) => {
  await page.goto('/')
  await saveAs(page, 'Tilgjengelig')
  await page.getByRole('button', { name: 'Scenarier' }).click()
  await expect(page.getByRole('dialog', { name: 'Scenarier' })).toBeVisible()
  const { violations } = await new AxeBuilder({ page }).analyze()
  expect(
    violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
  ).toEqual([])
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Scenarier' })).toBeFocused()
})
