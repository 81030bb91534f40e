import { expect, it } from 'vitest'
import { firstStatisticsChoice } from '../../../src/state/statistics/firstStatisticsChoice'
import { readStatisticsFile } from '../../../src/state/statistics/readStatisticsFile'
import type { StatisticsTable } from '../../../src/state/statistics/statisticsTable'
import { fixtureBytes } from './fixtures'

it.each([
  ['by kommunenummer', { number: '1865', name: 'Annet navn' }, '1865'],
  ['by name', { name: 'Vågan' }, '1865'],
  ['else the first in the file', { name: 'Bodø' }, '1860'],
])('chooses the model’s own municipality %s', async (_, municipality, code) => {
  const read = await readStatisticsFile(fixtureBytes('kostra-12362.json'))
  if (!read.ok) throw new Error('not read')
  const choice = firstStatisticsChoice(read.table, {
    municipality,
    kostraFunctions: [
      { code: '281', name: 'Ytelse til livsopphold' },
      { code: '850', name: 'x' },
    ],
  })
  expect(choice).toMatchObject({
    municipality: code,
    functions: ['281'],
    years: [2022, 2023, 2024, 2025],
    variable: read.table.variables[0]?.id,
    side: 'expenditure',
  })
})

it('chooses the first municipality and no functions for a model without them', async () => {
  const read = await readStatisticsFile(fixtureBytes('kostra-12362.json'))
  if (!read.ok) throw new Error('not read')
  expect(
    firstStatisticsChoice(read.table, { municipality: 'Vågan', kostraFunctions: 'x' }),
  ).toMatchObject({ municipality: '1860', functions: [] })
  expect(
    firstStatisticsChoice(read.table, { kostraFunctions: [null, '281', { code: '242' }] }),
  ).toMatchObject({ municipality: '1860', functions: ['242'] })
})

it('chooses nothing from a table without municipalities or variables', () => {
  const empty: StatisticsTable = {
    format: 'csv',
    title: '',
    municipalities: [],
    functions: [],
    years: [],
    variables: [],
    cells: new Map(),
  }
  expect(firstStatisticsChoice(empty, {})).toEqual({
    municipality: '',
    functions: [],
    years: [],
    variable: '',
    side: 'net',
  })
})
