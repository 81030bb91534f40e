import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { strFromU8, unzipSync } from 'fflate'
import { figure, pageOf, pdfPages, shareLink } from './helpers'

const CHANGED = 'D: Refusjonssats 90 % (modellfilen: 80 %)'

async function refundRateNinety(page: Page) {
  await page.goto('/')
  await page.getByRole('button', { name: 'Vis detaljer og antakelser for tiltak D' }).click()
  const rate = page.getByRole('textbox', { name: 'Refusjonssats' })
  await rate.fill('90')
  await rate.blur()
  expect(await figure(page, 'effect-D')).toBe('-0,50')
}

async function download(page: Page, button: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).first().click(),
  ])
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) }
}

test('a changed input goes with the figures: in print, CSV, Excel and the read-only link', async ({
  page,
  browser,
}, testInfo) => {
  await refundRateNinety(page)
  // The "Endret" badge keeps its own width beside the field.
  const badge = page.getByTestId('measure-D').getByText('Endret', { exact: true })
  expect((await badge.boundingBox())?.width).toBeLessThan(100)
  // The folded row says so too.
  await page.getByRole('button', { name: 'Skjul detaljer for tiltak D' }).click()
  await expect(page.getByTestId('measure-D').getByText('Endret antakelse')).toBeVisible()

  await page.emulateMedia({ media: 'print' })
  const pages = await pdfPages(
    await page.pdf({ format: 'A4', path: testInfo.outputPath('editor-90.pdf') }),
  )
  expect(pageOf(pages, 'Scenario Nytt scenario')).toBe(0)
  expect(pageOf(pages, 'versjon 2014.1')).toBe(0)
  expect(pageOf(pages, `Endrede antakelser ${CHANGED}`)).toBe(0)
  const table = pageOf(pages, 'Oppsummering av tiltak (tabell 5.1)')
  expect(pageOf(pages.slice(table), 'Refusjonssats 90 % (modellfilen: 80 %)')).toBe(0)
  expect(pageOf(pages.slice(table), 'Rapportens tall (en innsparing på 1,00 mill. kr)')).toBe(0)
  await page.emulateMedia({ media: 'screen' })

  const csv = await download(page, 'Last ned CSV')
  expect(csv.name).toMatch(/^nytt-scenario-\d{4}-\d{2}-\d{2}\.csv$/)
  const text = csv.bytes.toString('utf8')
  expect(text).toContain('\ufeffScenario;Nytt scenario\r\n')
  expect(text).toContain(
    'Modell;Vestvågøy kommune: Sosial- og flyktningtjenesten 2014, versjon 2014.1\r\n',
  )
  expect(text).toMatch(/\r\nDato;\d{4}-\d{2}-\d{2}\r\n/)
  expect(text).toContain(
    '\r\nEndrede antakelser;Tiltak;Antakelse;Modellfilen;Brukt;Enhet\r\n;D;Refusjonssats;80;90;%\r\n',
  )
  expect(text).toContain('\r\n;Sum endring økonomi;;;-6200000\r\n')

  const xlsx = await download(page, 'Last ned Excel')
  expect(xlsx.name).toMatch(/^nytt-scenario-\d{4}-\d{2}-\d{2}\.xlsx$/)
  const sheet = strFromU8(unzipSync(new Uint8Array(xlsx.bytes))['xl/worksheets/sheet1.xml']!)
  // The date, the file's and the used refund rate, and D's effect are numbers, not text.
  expect(sheet).toMatch(/<c r="B3"[^>]*><v>\d{5}<\/v><\/c>/)
  expect(sheet).toMatch(/<c r="D7"[^>]*><v>80<\/v><\/c>/)
  expect(sheet).toMatch(/<c r="E7"[^>]*><v>90<\/v><\/c>/)
  expect(sheet).toMatch(/<c r="E13"[^>]*><v>-500000<\/v><\/c>/)

  const link = await shareLink(page)
  const councillor = await browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'nb-NO',
  })
  const phone = await councillor.newPage()
  await phone.goto(link)
  await expect(phone.getByTestId('shared-changed')).toContainText('Refusjonssats 90')
  const d = phone.getByTestId('presented-D')
  await expect(d).toContainText('Sparer 0,50 mill. kr i 2015.')
  await expect(d).toContainText(
    'Rapportens tall (en innsparing på 1,00 mill. kr) bygger på modellfilens antakelser',
  )
  await phone.screenshot({ path: testInfo.outputPath('presentation-90-phone.png'), fullPage: true })
  const printed = await pdfPages(
    await phone.pdf({ format: 'A4', path: testInfo.outputPath('presentation-90.pdf') }),
  )
  expect(pageOf(printed, `Endrede antakelser ${CHANGED}`)).toBe(0)
  await councillor.close()
})
