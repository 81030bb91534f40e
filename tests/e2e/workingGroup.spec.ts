import { expect, test } from '@playwright/test'
import { figure, watchForeignRequests } from './helpers'

test('a working group builds a package in a meeting', async ({ page }, testInfo) => {
  const foreign = watchForeignRequests(page)
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Vestvågøy kommune')
  expect(await figure(page, 'headline-year-saving')).toBe('6,70 mill. kr')
  expect(await figure(page, 'headline-lasting-gap')).toBe('Mangler 0,20 mill. kr til målet')
  await expect(page.getByTestId('warning-temporary')).toContainText(
    'Målet nås i 2015, 2016 og 2017 bare så lenge',
  )
  await page.screenshot({ path: testInfo.outputPath('modeller-1280x720.png') })

  // The group tries the deeper staffing cut: B2 replaces B1, and the page says so.
  await page.getByRole('switch', { name: /^Velg tiltak B2:/ }).click()
  await expect(page.getByRole('switch', { name: /^Velg tiltak B1:/ })).not.toBeChecked()
  await expect(page.getByTestId('notice')).toContainText('B1 er slått av fordi B2 er valgt')
  expect(await figure(page, 'headline-year-saving')).toBe('7,00 mill. kr')
  expect(await figure(page, 'headline-lasting-gap')).toBe('0,10 mill. kr over målet')

  // They doubt D's refund rate and try 90 %.
  await page.getByRole('button', { name: 'Vis detaljer og antakelser for tiltak D' }).click()
  const rate = page.getByRole('textbox', { name: 'Refusjonssats' })
  await rate.fill('90')
  expect(await figure(page, 'effect-D')).toBe('-0,50')
  expect(await figure(page, 'headline-lasting-saving')).toBe('6,10 mill. kr')
  await rate.blur()
  await page.screenshot({ path: testInfo.outputPath('modeller-assumption-1280x720.png') })

  // Undo the refund rate with the keyboard, then go back to B1 with the button.
  await page.keyboard.press('Control+z')
  await expect(rate).toHaveValue('80')
  await page.getByRole('button', { name: /Angre/ }).click()
  await expect(page.getByRole('switch', { name: /^Velg tiltak B1:/ })).toBeChecked()
  expect(await figure(page, 'headline-year-saving')).toBe('6,70 mill. kr')
  await page.keyboard.press('Control+Shift+z')
  await expect(page.getByRole('switch', { name: /^Velg tiltak B2:/ })).toBeChecked()

  // The requirement rule: D off takes E with it, said and undoable; the headline never counts E alone.
  await page.getByRole('switch', { name: /^Velg tiltak D:/ }).click()
  await expect(page.getByTestId('notice')).toContainText('E er også slått av, fordi det krever D.')
  await expect(page.getByRole('switch', { name: /^Velg tiltak E:/ })).not.toBeChecked()
  await page.getByTestId('notice').getByRole('button', { name: 'Angre' }).click()
  await expect(page.getByRole('switch', { name: /^Velg tiltak D:/ })).toBeChecked()
  await expect(page.getByRole('switch', { name: /^Velg tiltak E:/ })).toBeChecked()

  // 2018 in thousands, as the council's tables are.
  await page.getByText('2018', { exact: true }).first().click()
  await page.getByText('tusen kr', { exact: true }).first().click()
  expect(await figure(page, 'headline-year-saving')).toBe('6 600 tusen kr')

  await page.setViewportSize({ width: 1920, height: 1080 })
  await page.screenshot({ path: testInfo.outputPath('modeller-1920x1080.png') })
  await page.screenshot({
    path: testInfo.outputPath('modeller-1920x1080-full.png'),
    fullPage: true,
  })
  expect(foreign).toEqual([])
})
