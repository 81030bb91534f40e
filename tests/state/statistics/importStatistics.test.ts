import { describe, expect, it } from 'vitest'
import { validateModel } from '../../../src/model/load/validateModel'
import {
  importStatistics,
  STATISTICS_ACCOUNT_ID,
  type StatisticsChoice,
} from '../../../src/state/statistics/importStatistics'
import { readStatisticsFile } from '../../../src/state/statistics/readStatisticsFile'
import type { StatisticsTable } from '../../../src/state/statistics/statisticsTable'
import { vestvagoyJson } from '../../builders/model'
import { fixtureBytes, NETTO, BRUTTO, utf8 } from './fixtures'

const WORDS = {
  title: 'Fra SSB (KOSTRA)',
  lineSide: { expenditure: 'utgifter', income: 'inntekter' },
  note: 'Importert fra SSB.',
}

async function table(bytes = fixtureBytes('kostra-12362.json')): Promise<StatisticsTable> {
  const read = await readStatisticsFile(bytes)
  if (!read.ok) throw new Error('not read')
  return read.table
}

const variableId = (t: StatisticsTable, label: string) =>
  t.variables.find((v) => v.label === label)?.id ?? ''

async function choice(overrides: Partial<StatisticsChoice> = {}) {
  const t = await table()
  return {
    t,
    choice: {
      municipality: '1860',
      functions: ['242', '281'],
      years: [2022, 2023],
      variable: variableId(t, NETTO),
      side: 'net',
      ...overrides,
    } satisfies StatisticsChoice,
  }
}

type Account = {
  id: string
  years: number[]
  lines: Record<string, unknown>[]
  reportedTotals: Record<string, string>
}
const ssbAccount = (accounts: unknown[]) =>
  accounts.find((a) => (a as Account).id === STATISTICS_ACCOUNT_ID) as Account

describe('importing chosen figures into the model’s accounts', () => {
  it('adds a table with a line per function, in kroner: 1000 kr × 1000, exactly', async () => {
    const model = vestvagoyJson()
    const { t, choice: chosen } = await choice()
    const result = importStatistics(model, t, chosen, WORDS)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.updates).toBe(false)
    expect(result.accounts.slice(0, -1)).toEqual(model.accounts)
    expect(ssbAccount(result.accounts)).toEqual({
      id: 'fra-ssb',
      title: 'Fra SSB (KOSTRA)',
      years: [2022, 2023],
      lines: [
        {
          label: 'Sosial rådgivning og veiledning',
          function: '242',
          amounts: { '2022': '7086000', '2023': '7689000' },
        },
        {
          label: 'Økonomisk sosialhjelp',
          function: '281',
          amounts: { '2022': '14176000', '2023': '13850000' },
        },
      ],
      reportedTotals: { '2022': '21262000', '2023': '21539000' },
      note: 'Importert fra SSB.',
    })
    expect(result.kostraFunctions).toEqual(model.kostraFunctions)
  })

  it('gives a model that still validates, adding the functions it lacked with SSB’s names', async () => {
    const model = vestvagoyJson()
    const { t, choice: chosen } = await choice({ functions: ['242', '273', '281'] })
    const result = importStatistics(model, t, chosen, WORDS)
    if (!result.ok) throw new Error('refused')
    expect(result.kostraFunctions.at(-1)).toEqual({
      code: '273',
      name: 'Arbeidsrettede tiltak i kommunal regi',
    })
    expect(result.lines.map((l) => [l.kostraFunction.code, l.newFunction])).toEqual([
      ['242', false],
      ['273', true],
      ['281', false],
    ])
    const check = validateModel({
      ...model,
      accounts: result.accounts,
      kostraFunctions: result.kostraFunctions,
    })
    if (!check.ok) throw new Error(JSON.stringify(check.problems))
    // The imported table's total is its lines' sum: no warning that figures do not add up.
    const imported = result.accounts.length - 1
    const about = check.warnings.filter((w) => 'path' in w && w.path[1] === imported)
    expect(about).toEqual([])
  })

  it.each([
    ['expenditure', BRUTTO, 'expenditure', { side: 'expenditure' }, '– utgifter', '8959000'],
    ['income, negative', BRUTTO, 'income', { side: 'income' }, '– inntekter', '-8959000'],
    ['net, without a side', NETTO, 'net', {}, '', '7086000'],
  ] as const)('writes %s lines', async (_, label, side, written, suffix, amount) => {
    const { t, choice: chosen } = await choice({ functions: ['242'], years: [2022] })
    const result = importStatistics(
      vestvagoyJson(),
      t,
      { ...chosen, variable: variableId(t, label), side },
      WORDS,
    )
    if (!result.ok) throw new Error('refused')
    expect(ssbAccount(result.accounts).lines).toEqual([
      {
        label: `Sosial rådgivning og veiledning ${suffix}`.trim(),
        function: '242',
        ...written,
        amounts: { '2022': amount },
      },
    ])
  })

  it('converts decimals exactly: 1234,5 thousand is 1 234 500 kroner', async () => {
    const t = await table(
      utf8('"region";"funksjon";"Beløp (1000 kr) 2024"\n"1860 X";"242 Råd";1234,5\n'),
    )
    const result = importStatistics(
      { accounts: [], kostraFunctions: [] },
      t,
      {
        municipality: '1860',
        functions: ['242'],
        years: [2024],
        variable: t.variables[0]!.id,
        side: 'net',
      },
      WORDS,
    )
    if (!result.ok) throw new Error('refused')
    expect(ssbAccount(result.accounts).lines[0]?.amounts).toEqual({ '2024': '1234500' })
  })

  it('updates the same lines on a second import, keeping what the user changed elsewhere', async () => {
    const { t, choice: chosen } = await choice()
    const first = importStatistics(vestvagoyJson(), t, chosen, WORDS)
    if (!first.ok) throw new Error('refused')
    const edited = first.accounts.map((a) => {
      const account = a as Account
      if (account.id !== STATISTICS_ACCOUNT_ID) return a
      return {
        ...account,
        lines: account.lines.map((l, i) => (i === 0 ? { ...l, label: 'Råd (omdøpt)' } : l)),
      }
    })
    const second = importStatistics(
      { accounts: edited, kostraFunctions: first.kostraFunctions },
      t,
      { ...chosen, functions: ['242', '283'], years: [2023, 2024] },
      WORDS,
    )
    if (!second.ok) throw new Error('refused')
    expect(second.updates).toBe(true)
    expect(second.accounts).toHaveLength(first.accounts.length)
    const account = ssbAccount(second.accounts)
    expect(account.years).toEqual([2022, 2023, 2024])
    expect(account.lines).toEqual([
      {
        label: 'Råd (omdøpt)',
        function: '242',
        amounts: { '2022': '7086000', '2023': '7689000', '2024': '7404000' },
      },
      {
        label: 'Økonomisk sosialhjelp',
        function: '281',
        amounts: { '2022': '14176000', '2023': '13850000' },
      },
      {
        label: 'Bistand til etablering og opprettholdelse av egen bolig mv.',
        function: '283',
        amounts: { '2023': '796000', '2024': '806000' },
      },
    ])
    expect(second.gaps).toEqual([
      { label: 'Økonomisk sosialhjelp', years: [2024] },
      { label: 'Bistand til etablering og opprettholdelse av egen bolig mv.', years: [2022] },
    ])
  })

  it('refuses, naming them, when a chosen figure is missing in the file', async () => {
    const { t, choice: chosen } = await choice({
      municipality: '1865',
      functions: ['283'],
      years: [2024, 2025],
    })
    const result = importStatistics(vestvagoyJson(), t, chosen, WORDS)
    expect(result).toMatchObject({
      ok: false,
      reason: 'missing',
      missing: [{ code: '283', year: 2025 }],
    })
  })

  it.each([
    ['nothing chosen', { functions: [] }, {}, 'nothingChosen'],
    ['accounts that are not a list', {}, { accounts: 'x' }, 'modelUnreadable'],
    [
      'an earlier import without lines',
      {},
      { accounts: [{ id: 'fra-ssb', years: [] }] },
      'modelUnreadable',
    ],
  ] as const)('refuses %s', async (_, chosenOverrides, modelOverrides, reason) => {
    const { t, choice: chosen } = await choice(chosenOverrides)
    const result = importStatistics({ ...vestvagoyJson(), ...modelOverrides }, t, chosen, WORDS)
    expect(result).toEqual({ ok: false, reason })
  })
})

describe('importing into a model that already has accounts', () => {
  const csv = (rows: string) =>
    table(utf8(`"region";"funksjon";"art";"år";"Beløp (1000 kr)"\n${rows}`))
  const choose = (t: StatisticsTable, over: Partial<StatisticsChoice> = {}): StatisticsChoice => ({
    municipality: '1860',
    functions: ['242'],
    years: [2024],
    variable: t.variables[0]!.id,
    side: 'net',
    ...over,
  })

  it('keeps income negative however it is published', async () => {
    const t = await csv('"1860 X";"242 Råd";"Inntekter";"2024";-5\n')
    const result = importStatistics(
      { kostraFunctions: [] },
      t,
      choose(t, { side: 'income' }),
      WORDS,
    )
    if (!result.ok) throw new Error('refused')
    expect(ssbAccount(result.accounts).lines[0]?.amounts).toEqual({ '2024': '-5000' })
  })

  it('adds a line for another side of the same function, and sorts the years', async () => {
    const t = await csv(
      '"1860 X";"242 Råd";"Utgifter";"2022";1\n"1860 X";"242 Råd";"Utgifter";"2024";2\n',
    )
    const first = importStatistics({ kostraFunctions: [] }, t, choose(t), WORDS)
    if (!first.ok) throw new Error('refused')
    const second = importStatistics(
      { accounts: first.accounts, kostraFunctions: first.kostraFunctions },
      t,
      choose(t, { side: 'expenditure', years: [2022] }),
      WORDS,
    )
    if (!second.ok) throw new Error('refused')
    expect(second.kostraFunctions).toEqual([{ code: '242', name: 'Råd' }])
    const account = ssbAccount(second.accounts)
    expect(account.years).toEqual([2022, 2024])
    expect(account.lines).toEqual([
      { label: 'Råd', function: '242', amounts: { '2024': '2000' } },
      {
        label: 'Råd – utgifter',
        function: '242',
        side: 'expenditure',
        amounts: { '2022': '1000' },
      },
    ])
    expect(account.reportedTotals).toEqual({ '2022': '1000', '2024': '2000' })
    expect(second.gaps).toEqual([
      { label: 'Råd', years: [2022] },
      { label: 'Råd – utgifter', years: [2024] },
    ])
  })

  it('keeps the rest of an earlier import’s table and mends lines it cannot read', async () => {
    const t = await csv('"1860 X";"242 Råd";"Netto";"2024";3\n')
    const earlier = {
      id: STATISTICS_ACCOUNT_ID,
      title: 'Min tittel',
      note: 'Mitt notat',
      years: [2023, 'x'],
      lines: [
        { function: '242', amounts: 'ødelagt' },
        { label: 7, function: '243', amounts: { '2023': 'mange', '2024': '1' } },
        'ikke en linje',
      ],
    }
    const result = importStatistics(
      { accounts: [{ id: 'annen' }, earlier], kostraFunctions: [{ code: '242', name: 'Vår' }] },
      t,
      choose(t),
      WORDS,
    )
    if (!result.ok) throw new Error('refused')
    expect(result.accounts[0]).toEqual({ id: 'annen' })
    expect(result.accounts[1]).toEqual({
      ...earlier,
      years: [2023, 2024],
      lines: [{ function: '242', amounts: { '2024': '3000' } }, earlier.lines[1], 'ikke en linje'],
      reportedTotals: { '2023': '0', '2024': '3001' },
    })
    expect(result.lines[0]).toMatchObject({ label: 'Vår', newFunction: false })
    expect(result.gaps).toEqual([
      { label: '', years: [2023] },
      { label: '', years: [2023] },
      { label: '', years: [2023, 2024] },
    ])
  })

  it.each([
    ['functions that are not a list', { accounts: [], kostraFunctions: 'x' }],
    ['an earlier import without years', { accounts: [{ id: 'fra-ssb', lines: [] }] }],
  ])('refuses a model with %s', async (_, model) => {
    const t = await csv('"1860 X";"242 Råd";"Netto";"2024";3\n')
    expect(importStatistics({ kostraFunctions: [], ...model }, t, choose(t), WORDS)).toEqual({
      ok: false,
      reason: 'modelUnreadable',
    })
  })

  it.each([
    ['no variable', { variable: 'finnes ikke' }],
    ['no year', { years: [1999] }],
    ['no function in the table', { functions: ['850'] }],
  ])('refuses a choice of %s', async (_, over) => {
    const t = await csv('"1860 X";"242 Råd";"Netto";"2024";3\n')
    expect(importStatistics({ kostraFunctions: [] }, t, choose(t, over), WORDS)).toEqual({
      ok: false,
      reason: 'nothingChosen',
    })
  })

  it('names every figure missing for a municipality not in the table', async () => {
    const t = await csv('"1860 X";"242 Råd";"Netto";"2024";3\n')
    const result = importStatistics(
      { kostraFunctions: [] },
      t,
      choose(t, { municipality: '1865' }),
      WORDS,
    )
    expect(result).toMatchObject({
      ok: false,
      reason: 'missing',
      lines: [{ amounts: [{ year: 2024, kroner: null, missing: '' }] }],
      missing: [{ code: '242', year: 2024 }],
    })
  })
})
