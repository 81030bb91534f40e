import { describe, expect, it } from 'vitest'
import { validateModel } from '../../src/model/load/validateModel'
import type { Problem } from '../../src/model/problems'
import { vestvagoyJson } from '../builders/model'

type Key = string | number
type Node = Record<Key, unknown>

function problemsWith(path: Key[], value: unknown): Problem[] {
  const json = vestvagoyJson()
  const parent = path.slice(0, -1).reduce<Node>((node, key) => node[key] as Node, json)
  if (value === undefined) delete parent[path.at(-1)!]
  else parent[path.at(-1)!] = value
  const result = validateModel(json)
  return result.ok ? [] : result.problems
}

// Vestvågøy plans 2015–2018 from base year 2014; its tables declare the years they cover.
describe('the years a model plans and its tables cover', () => {
  it.each<[string, Key[], unknown, Problem]>([
    [
      'a base year inside the plan',
      ['baseYear'],
      2015,
      { code: 'baseYearNotBeforePlan', path: ['baseYear'], baseYear: 2015, firstPlanYear: 2015 },
    ],
    [
      'a target for a year outside the plan',
      ['target', 'byYear'],
      { '2015': '1000000', '2019': '1000000' },
      {
        code: 'yearNotInPlan',
        path: ['target', 'byYear', '2019'],
        year: 2019,
        planYears: [2015, 2016, 2017, 2018],
      },
    ],
    [
      'an account’s printed totals missing a year',
      ['accounts', 1, 'reportedTotals', '2013'],
      undefined,
      {
        code: 'yearKeysMismatch',
        path: ['accounts', 1, 'reportedTotals'],
        expected: [2011, 2012, 2013],
      },
    ],
    [
      'settlement counts with a year too many',
      ['settlement', 'categories', 2, 'counts', '2015'],
      '3',
      {
        code: 'yearKeysMismatch',
        path: ['settlement', 'categories', 2, 'counts'],
        expected: [2009, 2010, 2011, 2012, 2013, 2014],
      },
    ],
    [
      'settlement totals missing a year',
      ['settlement', 'reportedTotals', '2009'],
      undefined,
      {
        code: 'yearKeysMismatch',
        path: ['settlement', 'reportedTotals'],
        expected: [2009, 2010, 2011, 2012, 2013, 2014],
      },
    ],
  ])('refuses %s', (_, path, value, expected) => {
    expect(problemsWith(path, value)).toEqual([expected])
  })

  it('accepts a target for some of the plan years', () => {
    expect(problemsWith(['target', 'byYear'], { '2016': '3000000' })).toEqual([])
  })

  it('refuses a measure that gives both its start month and a first-year share', () => {
    const timing = { firstYear: 2015, firstMonth: 8, firstYearShare: '0.4' }
    expect(problemsWith(['measures', 4, 'timing'], timing)).toEqual([
      {
        code: 'eitherField',
        path: ['measures', 4, 'timing', 'firstYearShare'],
        fields: ['firstMonth', 'firstYearShare'],
      },
    ])
  })
})
