import { expect, it } from 'vitest'
import { firstStatisticsChoice } from '../../../src/state/statistics/firstStatisticsChoice'
import { readStatisticsFile } from '../../../src/state/statistics/readStatisticsFile'
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
