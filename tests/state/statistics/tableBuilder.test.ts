import { describe, expect, it } from 'vitest'
import { cellKey } from '../../../src/state/statistics/statisticsTable'
import { tableBuilder } from '../../../src/state/statistics/tableBuilder'

const vestvagoy = { code: '1860', name: 'Vestvågøy' }
const vagan = { code: '1865', name: 'Vågan' }
const rad = { code: '242', name: 'Råd' }
const rus = { code: '243', name: 'Rus' }

describe('collecting a statistics table', () => {
  it('finds a variable’s unit in its words, else in its unit, else in the table’s title', () => {
    const table = tableBuilder('csv', 'Utgifter (1000 kr)')
    expect(table.variable('a', 'Netto driftsutgifter (kr)', 'prosent')).toMatchObject({
      scale: 1,
      side: 'net',
    })
    expect(table.variable('b', 'Brutto driftsutgifter', 'kroner')).toMatchObject({
      scale: 1,
      side: 'expenditure',
    })
    expect(table.variable('c', 'Brutto driftsinntekter')).toMatchObject({
      id: 'c',
      label: 'Brutto driftsinntekter',
      scale: 1000,
      side: 'income',
    })
  })

  it('leaves out a variable not in kroner, and names it when nothing else is left', () => {
    const table = tableBuilder('jsonStat', '')
    expect(table.variable('andel', 'Andel (prosent)', 'prosent')).toBeNull()
    expect(table.variable('andel', 'Andel (prosent)')).toBeNull()
    expect(table.unusable()).toEqual(['Andel (prosent)'])
    expect(table.isEmpty()).toBe(true)
  })

  it('gives the same variable for the same id', () => {
    const table = tableBuilder('csv', '')
    const first = table.variable('x', 'Beløp (kr)')
    expect(table.variable('x', 'Andre ord')).toBe(first)
    expect(table.build().variables).toEqual([first])
  })

  it('keeps categories in the file’s order, years sorted, and refuses a cell given twice', () => {
    const table = tableBuilder('csv', 'Tittel')
    const variable = table.variable('v', 'Beløp (kr)')!
    expect(table.add(vagan, rus, 2025, variable, { value: '1' })).toBe(true)
    expect(table.add(vestvagoy, rad, 2023, variable, { value: '2' })).toBe(true)
    expect(table.add(vagan, rad, 2024, variable, { missing: '..' })).toBe(true)
    expect(
      table.add(vagan, { code: '243', name: 'Annet navn' }, 2025, variable, { value: '3' }),
    ).toBe(false)
    expect(table.isEmpty()).toBe(false)
    const built = table.build()
    expect(built).toMatchObject({
      format: 'csv',
      title: 'Tittel',
      municipalities: [vagan, vestvagoy],
      functions: [rus, rad],
      years: [2023, 2024, 2025],
    })
    expect(built.cells.get(cellKey('1865', '243', 2025, 'v'))).toEqual({ value: '1' })
    expect(built.cells.size).toBe(3)
  })
})
