import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { figure, plain, watchForeignRequests } from './helpers'

// A new model's plan is the four years from next year (src/state/blankModel.ts); the figures below
// do not depend on which years they are.
const FIRST = new Date().getFullYear() + 1
const YEARS = [FIRST, FIRST + 1, FIRST + 2, FIRST + 3] as const
const ROOT = fileURLToPath(new URL('../..', import.meta.url))

const TITLE = 'Sosial- og flyktningtjenesten 2027–2030'
const TARGET_LASTING = 3_500_000
const TARGET_FIRST_YEAR = 2_000_000 // the first plan year's own innsparingskrav

// Each measure's change in net expenditure per plan year and for good, by hand, in kroner
// (negative is a saving).
// A: 3 fewer staff-years × 684 000 kr = −2 052 000 kr a year, from 1 August of the first plan
//    year: 5 of its 12 months, −2 052 000 × 5 / 12 = −855 000.
const A_YEAR = -3 * 684_000
const A_FIRST = (A_YEAR * 5) / 12
// B: −300 000 kr a year, time-limited to the first two plan years: nothing lasting.
const B_YEAR = -300_000
// C: −10 % on a 4 000 000 kr base = −400 000 kr a year, phased in at 50 %, then 100 %:
//    −400 000 × 50 / 100 = −200 000 in the first plan year.
const C_YEAR = (4_000_000 * -10) / 100
const C_FIRST = (C_YEAR * 50) / 100
// D: 10 fewer long-term recipients × 9 500 kr a month × 12 months = −1 140 000 kr a year.
const D_YEAR = -10 * 9_500 * 12

interface Effect {
  /** One figure per plan year, in order. */
  years: readonly number[]
  lasting: number
}
const EFFECTS = {
  A: { years: [A_FIRST, A_YEAR, A_YEAR, A_YEAR], lasting: A_YEAR },
  B: { years: [B_YEAR, B_YEAR, 0, 0], lasting: 0 },
  C: { years: [C_FIRST, C_YEAR, C_YEAR, C_YEAR], lasting: C_YEAR },
  D: { years: [D_YEAR, D_YEAR, D_YEAR, D_YEAR], lasting: D_YEAR },
} as const satisfies Record<string, Effect>
type Id = keyof typeof EFFECTS

/** The sum of the chosen measures' effects, year by year and for good. */
const sum = (ids: readonly Id[]): Effect => ({
  years: YEARS.map((_, i) => ids.reduce((s, id) => s + EFFECTS[id].years[i]!, 0)),
  lasting: ids.reduce((s, id) => s + EFFECTS[id].lasting, 0),
})
/** Each plan year's target: its own requirement where it has one, else the lasting target. */
const targets = [TARGET_FIRST_YEAR, TARGET_LASTING, TARGET_LASTING, TARGET_LASTING]

/** Kroner as the app shows them in «tusen kr»: whole thousands, grouped by spaces. */
function thousands(kr: number): string {
  expect(Number.isInteger(kr / 1000)).toBe(true)
  const digits = String(Math.abs(kr / 1000)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')
  return kr < 0 ? `-${digits}` : digits
}
const withUnit = (kr: number) => `${thousands(kr)} tusen kr`
/** The headline's sentence for a saving against a target. */
const gapText = (saving: number, target: number) =>
  saving === target
    ? 'Akkurat på målet'
    : saving > target
      ? `${withUnit(saving - target)} over målet`
      : `Mangler ${withUnit(target - saving)} til målet`

/** Picks an option of the header's segmented controls as a user does: by its label. */
async function choose(page: Page, control: string, option: string) {
  await page.getByRole('group', { name: control }).getByText(option, { exact: true }).click()
  await expect(page.getByRole('radio', { name: option, exact: true })).toBeChecked()
}

async function openModels(page: Page) {
  await page.getByRole('button', { name: 'Modeller' }).click()
  return page.getByRole('dialog', { name: 'Modeller' })
}

const shown = async (figure: Locator) => plain(await figure.textContent())

/** The editor's preview of a measure shows its effect as computed by hand, while it is typed. */
async function expectPreview(form: Locator, effect: Effect) {
  for (const [i, year] of YEARS.entries())
    await expect
      .poll(() => shown(form.getByTestId(`preview-${year}`)))
      .toBe(thousands(effect.years[i]!))
  expect(await shown(form.getByTestId('preview-lasting'))).toBe(thousands(effect.lasting))
}

/** Every plan year's and the lasting saving, target and gap in the headline. */
async function expectTotals(page: Page, effect: Effect) {
  for (const [i, year] of YEARS.entries()) {
    await choose(page, 'År', String(year))
    const saving = -effect.years[i]!
    await expect(page.getByRole('heading', { name: `Effekt i ${year}` })).toBeVisible()
    await expect.poll(() => figure(page, 'headline-year-saving')).toBe(withUnit(saving))
    expect(plain(await page.getByTestId('headline-year').textContent())).toContain(
      `av målet på ${withUnit(targets[i]!)}`,
    )
    expect(await figure(page, 'headline-year-gap')).toBe(gapText(saving, targets[i]!))
  }
  expect(await figure(page, 'headline-lasting-saving')).toBe(withUnit(-effect.lasting))
  expect(plain(await page.getByTestId('headline-lasting').textContent())).toContain(
    `av målet på ${withUnit(TARGET_LASTING)}`,
  )
  expect(await figure(page, 'headline-lasting-gap')).toBe(gapText(-effect.lasting, TARGET_LASTING))
}

const measureSwitch = (page: Page, id: Id) =>
  page.getByRole('switch', { name: new RegExp(`^Velg tiltak ${id}:`) })

/** Adds a measure with its id, title and one driver of a kind, and returns its form. */
async function addMeasure(editor: Locator, id: Id, title: string, kind: string) {
  const measures = editor.getByRole('region', { name: 'Tiltak', exact: true })
  await measures.getByRole('button', { name: 'Legg til tiltak' }).click()
  const form = measures.getByRole('region', { name: /^Tiltak \S+$/ })
  await form.getByLabel('Id (kort kode').fill(id)
  await form.getByLabel('Tittel', { exact: true }).fill(title)
  await form.getByLabel('Ny driver av typen').selectOption(kind)
  await form.getByRole('button', { name: 'Legg til driver' }).click()
  await expect(form.getByRole('heading', { name: `Tiltak ${id}`, exact: true })).toBeVisible()
  return form
}

interface CliJson {
  excluded: string[]
  target: string
  years: { year: number; netChange: string; target: string; gap: string }[]
  lasting: { netChange: string; gap: string }
  measures: { id: string; byYear: Record<string, string>; lasting: string }[]
}

/** `npm run evaluate -- <file> --json --measures …`: its exit code and its JSON. */
function evaluateFile(file: string, measures: string): Promise<{ code: number; json: CliJson }> {
  return new Promise((resolve, reject) => {
    execFile(
      'npm',
      ['run', '-s', 'evaluate', '--', file, '--json', '--measures', measures],
      { cwd: ROOT },
      (error, stdout) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1
        try {
          resolve({ code, json: JSON.parse(stdout) as CliJson })
        } catch {
          reject(error ?? new Error(`evaluate printed no JSON: ${stdout}`))
        }
      },
    )
  })
}

test('a finance officer builds a model from scratch, uses it, and gets the same figures after export, import and from the command line', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(120_000)
  // Written out, the sums the screen and the command line must show:
  // A+B+C: −855 000 −300 000 −200 000 = −1 355 000; −2 052 000 −300 000 −400 000 = −2 752 000;
  //        then −2 452 000 twice and for good (B has ended).
  // A+B+D: −855 000 −300 000 −1 140 000 = −2 295 000 (295 000 over the first year's 2 000 000);
  //        −2 052 000 −300 000 −1 140 000 = −3 492 000 (8 000 short of 3 500 000);
  //        then −3 192 000 twice and for good (308 000 short).
  expect(sum(['A', 'B', 'C'])).toEqual({
    years: [-1_355_000, -2_752_000, -2_452_000, -2_452_000],
    lasting: -2_452_000,
  })
  expect(sum(['A', 'B', 'D'])).toEqual({
    years: [-2_295_000, -3_492_000, -3_192_000, -3_192_000],
    lasting: -3_192_000,
  })

  const foreign = watchForeignRequests(page)
  await page.goto('/')
  await choose(page, 'Beløp i', 'tusen kr')
  await (await openModels(page)).getByRole('button', { name: 'Ny modell' }).click()
  const editor = page.getByRole('main').filter({
    has: page.getByRole('heading', { name: /^Rediger modell:/ }),
  })

  // The baseline: the model, the municipality, the target, two units with a team each.
  await editor.getByLabel('Modellens tittel').fill(TITLE)
  await editor.getByLabel('Modellens id').fill('flakstad-2027')
  await editor.getByLabel('Kildens tittel').fill('Økonomiplan 2027–2030')
  await editor.getByLabel('Utgitt av').fill('Flakstad kommune')
  await editor.getByLabel('Utgitt år').fill('2026')
  await editor.getByLabel('Kommunens navn').fill('Flakstad')
  await editor.getByLabel('Kommunenummer').fill('1859')
  await editor.getByLabel('Varig reduksjon per år (kr)').fill('3 500 000')
  await editor.getByLabel(`Mål for ${FIRST} (kr)`).fill('2 000 000')
  await editor.getByLabel('Team i NAV, kommunal del, rad 1, Årsverk').fill('12')
  await editor.getByRole('button', { name: 'Legg til rad i Enheter og team' }).click()
  await editor.getByLabel('Enheter og team, rad 2, Enhetens navn').fill('Flyktningtjenesten')
  await editor.getByLabel('Team i Flyktningtjenesten, rad 1, Navn').fill('Bosetting')
  await editor.getByLabel('Team i Flyktningtjenesten, rad 1, Årsverk').fill('4,5')
  await expect(editor.getByText('Alle enheter: 16,5 årsverk')).toBeVisible()

  // A: fewer staff-years, from August.
  const a = await addMeasure(editor, 'A', 'Færre årsverk i NAV fra august', 'staffYears')
  await a.getByRole('textbox', { name: 'Endring i årsverk' }).fill('-3')
  await a.getByRole('textbox', { name: 'Kostnad per årsverk' }).fill('684 000')
  await a.getByLabel('Første måned').selectOption({ label: 'august' })
  await expectPreview(a, EFFECTS.A)

  // B: a project for the first two plan years only.
  const b = await addMeasure(editor, 'B', 'Midlertidig prosjekt', 'fixedAmount')
  await b.getByRole('textbox', { name: 'Beløp per år' }).fill('−300 000')
  await b.getByLabel('Siste år').selectOption({ label: String(FIRST + 1) })
  await expectPreview(b, EFFECTS.B)
  await expect(b.getByText('Tidsbegrenset: ingen varig virkning.')).toBeVisible()

  // C: a lower rate, phased in at 50 % and then 100 %.
  const c = await addMeasure(editor, 'C', 'Lavere sats', 'percentOfBase')
  await c.getByRole('textbox', { name: 'Utgiftsgrunnlag' }).fill('4 000 000')
  await c.getByRole('textbox', { name: 'Endring i sats' }).fill('-10')
  await c.getByRole('button', { name: 'Legg til et år i innfasingen' }).click()
  await c.getByRole('button', { name: 'Legg til et år i innfasingen' }).click()
  await expect(c.getByLabel('Innfasing, hele år 1')).toHaveValue('50')
  await expect(c.getByLabel('Innfasing, hele år 2')).toHaveValue('100')
  await expectPreview(c, EFFECTS.C)

  // D: the count driver, 10 fewer recipients × 9 500 kr a month.
  const d = await addMeasure(editor, 'D', 'Færre langtidsmottakere', 'countChange')
  await d.getByLabel('Beløpet gjelder').selectOption({ label: 'per måned' })
  await d.getByLabel('KOSTRA-funksjon', { exact: true }).selectOption('281')
  await d.getByRole('textbox', { name: 'Endring i antall' }).fill('-10')
  await d.getByRole('textbox', { name: 'Beløp per mottaker, plass eller sak' }).fill('9 500')
  await expectPreview(d, EFFECTS.D)

  // The rules: C and D are alternatives; B requires A.
  const rules = editor.getByRole('region', { name: 'Regler mellom tiltak' })
  await rules.getByRole('button', { name: 'Legg til alternativer' }).click()
  const alternatives = rules.getByRole('group', { name: /^Regel 1: Alternativer/ })
  await alternatives.getByRole('checkbox', { name: 'C Lavere sats' }).check()
  await alternatives.getByRole('checkbox', { name: 'D Færre langtidsmottakere' }).check()
  await alternatives.getByLabel('Begrunnelse').fill('Begge treffer de samme mottakerne.')
  await rules.getByRole('button', { name: 'Legg til krav' }).click()
  const requires = rules.getByRole('group', { name: /^Regel 2: Krav/ })
  await requires.getByLabel('Tiltaket').selectOption({ label: 'B Midlertidig prosjekt' })
  await requires.getByRole('checkbox', { name: 'A Færre årsverk i NAV fra august' }).check()
  await requires.getByLabel('Begrunnelse').fill('Prosjektet drives av de frigjorte årsverkene.')

  await expect(editor.getByText('Ingen feil: modellen kan brukes i scenarier.')).toBeVisible()
  await editor.getByRole('button', { name: 'Lagre modellen' }).click()
  await expect(editor.getByTestId('model-status')).toHaveText('Lagret')
  await editor.getByRole('button', { name: 'Lukk redigeringen' }).click()

  // Scenarios on it: the figures by hand, and what the rules do.
  const list = await openModels(page)
  await list.getByRole('group', { name: TITLE }).getByRole('button', { name: 'Åpne' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Flakstad: ${TITLE}`)
  await expect(page.getByText('Kilde: Økonomiplan 2027–2030, Flakstad kommune 2026')).toBeVisible()
  for (const id of ['A', 'B', 'C', 'D'] as const)
    await expect(measureSwitch(page, id)).not.toBeChecked()
  const notice = page.getByTestId('notice')

  await measureSwitch(page, 'B').check()
  await expect(notice).toContainText('A er også slått på, fordi B krever det.')
  await expect(measureSwitch(page, 'A')).toBeChecked()
  await measureSwitch(page, 'C').check()
  await expectTotals(page, sum(['A', 'B', 'C']))

  await measureSwitch(page, 'D').check()
  await expect(notice).toContainText(
    'C er slått av fordi D er valgt: C og D er alternativer, og bare ett kan velges.',
  )
  await expect(measureSwitch(page, 'C')).not.toBeChecked()
  await expectTotals(page, sum(['A', 'B', 'D']))

  // Without A, B is not counted: it goes off with it, and only D is left.
  await measureSwitch(page, 'A').uncheck()
  await expect(notice).toContainText('B er også slått av, fordi det krever A.')
  await expect(measureSwitch(page, 'B')).not.toBeChecked()
  expect(await figure(page, 'headline-lasting-saving')).toBe(withUnit(-D_YEAR))
  await notice.getByRole('button', { name: 'Angre' }).click()
  await expect(measureSwitch(page, 'A')).toBeChecked()
  await expect(measureSwitch(page, 'B')).toBeChecked()
  expect(await figure(page, 'headline-lasting-saving')).toBe(
    withUnit(-sum(['A', 'B', 'D']).lasting),
  )

  // The model's file, as the list exports it.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    (await openModels(page))
      .getByRole('group', { name: TITLE })
      .getByRole('button', { name: 'Eksporter' })
      .click(),
  ])
  const path = testInfo.outputPath('model.json')
  await download.saveAs(path)
  const exported = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>
  expect(exported).toMatchObject({
    id: 'flakstad-2027',
    municipality: { name: 'Flakstad', number: '1859' },
    target: { lasting: '3500000', byYear: { [FIRST]: '2000000' } },
  })
  // The command line runs beside the second browser.
  const fromCli = Promise.all([
    evaluateFile(path, 'A,B,D'),
    evaluateFile(path, 'A,B,C,D'),
    evaluateFile(path, 'B,D'),
  ])

  // A fresh browser, with nothing stored: import the file, open it, the same figures.
  const context = await browser.newContext({ locale: 'nb-NO' })
  const fresh = await context.newPage()
  const foreignFresh = watchForeignRequests(fresh)
  await fresh.goto('/')
  await choose(fresh, 'Beløp i', 'tusen kr')
  const freshList = await openModels(fresh)
  await freshList.getByLabel('Importer modell…').setInputFiles(path)
  await expect(freshList.getByTestId('model-import-result')).toHaveText(`«${TITLE}» er importert.`)
  await freshList.getByRole('group', { name: TITLE }).getByRole('button', { name: 'Åpne' }).click()
  await expect(fresh.getByRole('heading', { level: 1 })).toHaveText(`Flakstad: ${TITLE}`)
  await measureSwitch(fresh, 'B').check()
  await expect(measureSwitch(fresh, 'A')).toBeChecked()
  await measureSwitch(fresh, 'D').check()
  await expectTotals(fresh, sum(['A', 'B', 'D']))
  expect(foreignFresh).toEqual([])
  await context.close()

  // The command line: the same figures to the krone, and the same rules.
  const [chosen, bothAlternatives, withoutRequirement] = await fromCli
  expect(chosen.code).toBe(0)
  const expected = sum(['A', 'B', 'D'])
  expect(chosen.json.years.map((y) => [y.year, y.netChange, y.target, y.gap])).toEqual(
    YEARS.map((year, i) => [
      year,
      String(expected.years[i]),
      String(targets[i]),
      String(targets[i]! + expected.years[i]!),
    ]),
  )
  expect(chosen.json.lasting).toMatchObject({
    netChange: String(expected.lasting),
    gap: String(TARGET_LASTING + expected.lasting),
  })
  for (const id of ['A', 'B', 'D'] as const) {
    const measure = chosen.json.measures.find((m) => m.id === id)
    expect(measure?.byYear).toEqual(
      Object.fromEntries(YEARS.map((year, i) => [year, String(EFFECTS[id].years[i])])),
    )
    expect(measure?.lasting).toBe(String(EFFECTS[id].lasting))
  }
  // Both alternatives, or B without A: refused, and what breaks a rule is left out of the sums.
  expect(bothAlternatives.code).toBe(1)
  expect(bothAlternatives.json.excluded).toEqual(['C', 'D'])
  expect(bothAlternatives.json.lasting.netChange).toBe(String(EFFECTS.A.lasting))
  expect(withoutRequirement.code).toBe(1)
  expect(withoutRequirement.json.excluded).toEqual(['B'])
  expect(withoutRequirement.json.lasting.netChange).toBe(String(D_YEAR))
  expect(foreign).toEqual([])
})
