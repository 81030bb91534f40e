import { toDecimalString, dec } from '../../model/money/decimal'
import { checkJsonStat } from './checkJsonStat'
import type { StatisticsProblem } from '../../i18n/model/statistics'
import type { StatisticsRead } from './statisticsRead'
import type { StatisticsCategory, StatisticsCell, StatisticsTable } from './statisticsTable'
import { tableBuilder } from './tableBuilder'
import { dimensionOf, isKostraCode, nameWithoutCode, yearOf } from './statisticsWords'

/** Digits a JSON number keeps exactly once parsed: a value with more is refused, not rounded. */
const EXACT_DIGITS = 15

/**
 * Accounts by municipality, KOSTRA function and year from a JSON-stat 2 dataset as Statistikkbanken
 * gives it (PxWebApi «json-stat2»): dimensions with the geo and time roles (or named region, år/Tid)
 * and one named funksjon; every other dimension (art, statistikkvariabel) names the variable.
 * Read with jsonstat-toolkit, loaded when first needed, after checkJsonStat has made sure it can
 * be. Null marks a missing value, its status (".." …) says why. Never throws.
 */
export async function readJsonStat(text: string): Promise<StatisticsRead<StatisticsTable>> {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return fail({ code: 'notJson' })
  }
  const problem = checkJsonStat(json)
  if (problem) return fail(problem)
  const { default: JSONstat } = await import('jsonstat-toolkit')
  const dataset = JSONstat(json as object)

  const roleOf = (id: string) => {
    const dimension = dataset.Dimension(id)
    if (dataset.role?.geo?.includes(id)) return 'region'
    if (dataset.role?.time?.includes(id)) return 'year'
    return dimensionOf(id, dimension?.label ?? '')
  }
  const find = (role: 'region' | 'function' | 'year') =>
    dataset.id.find((id) => roleOf(id) === role)
  const regionId = find('region')
  const functionId = find('function')
  const yearId = find('year')
  if (regionId === undefined) return fail({ code: 'missingDimension', dimension: 'region' })
  if (functionId === undefined) return fail({ code: 'missingDimension', dimension: 'function' })
  if (yearId === undefined) return fail({ code: 'missingDimension', dimension: 'year' })

  const categories = (id: string): StatisticsCategory[] => {
    const dimension = dataset.Dimension(id)
    return (dimension?.id ?? []).map((code) => ({
      code,
      name: nameWithoutCode(code, dimension?.Category(code)?.label ?? code),
    }))
  }
  const municipalities = categories(regionId)
  const functions = categories(functionId).filter((f) => isKostraCode(f.code))
  if (functions.length === 0) return fail({ code: 'noKostraFunctions' })
  const years: { code: string; year: number }[] = []
  for (const { code } of categories(yearId)) {
    const year = yearOf(code)
    if (year === null) return fail({ code: 'notYear', text: code })
    years.push({ code, year })
  }

  const table = tableBuilder('jsonStat', dataset.label ?? '')
  const others = dataset.id.filter((id) => id !== regionId && id !== functionId && id !== yearId)
  for (const combination of combinations(
    others.map((id) => ({ id, categories: categories(id) })),
  )) {
    const label = combination.map(({ category }) => category.name).join(', ')
    const unit = combination
      .map(({ id, category }) => dataset.Dimension(id)?.Category(category.code)?.unit?.base ?? '')
      .join(' ')
    const variable = table.variable(
      combination.map(({ category }) => category.code).join('|'),
      label,
      unit,
    )
    if (variable === null) continue
    const fixed = Object.fromEntries(combination.map(({ id, category }) => [id, category.code]))
    for (const municipality of municipalities) {
      for (const kostraFunction of functions) {
        for (const { code, year } of years) {
          const datum = dataset.Data({
            ...fixed,
            [regionId]: municipality.code,
            [functionId]: kostraFunction.code,
            [yearId]: code,
          })
          const where = [
            municipality.name,
            `${kostraFunction.code} ${kostraFunction.name}`,
            year,
            label,
          ].join(', ')
          const cell = cellOf(datum?.value ?? null, datum?.status, where)
          if ('code' in cell) return fail(cell)
          table.add(municipality, kostraFunction, year, variable, cell)
        }
      }
    }
  }
  if (table.isEmpty()) {
    const unusable = table.unusable()
    return fail(
      unusable.length > 0
        ? { code: 'noAmountVariable', variables: unusable }
        : { code: 'noValues' },
    )
  }
  return { ok: true, table: table.build() }
}

const fail = (problem: StatisticsProblem) => ({ ok: false, problem }) as const

/** Every choice of one category from each dimension, in the dataset's order. */
function combinations(
  dimensions: { id: string; categories: StatisticsCategory[] }[],
): { id: string; category: StatisticsCategory }[][] {
  return dimensions.reduce<{ id: string; category: StatisticsCategory }[][]>(
    (sofar, { id, categories }) =>
      sofar.flatMap((combination) =>
        categories.map((category) => [...combination, { id, category }]),
      ),
    [[]],
  )
}

/**
 * A JSON number as the decimal it was written as. Parsing kept it exactly when it has at most 15
 * significant digits, and then the shortest text that reads back to it is what the file said.
 */
function cellOf(
  value: unknown,
  status: unknown,
  where: string,
): StatisticsCell | StatisticsProblem {
  if (value === null) return { missing: typeof status === 'string' ? status : '..' }
  if (typeof value !== 'number' || !Number.isFinite(value))
    return { code: 'valueNotNumber', where, text: String(JSON.stringify(value)) }
  const text = String(value)
  const digits = text.replace(/^-/, '').replace('.', '').replace(/^0+/, '')
  if (/e/i.test(text) || digits.length > EXACT_DIGITS)
    return { code: 'valueTooPrecise', where, text }
  return { value: toDecimalString(dec(text)) }
}
