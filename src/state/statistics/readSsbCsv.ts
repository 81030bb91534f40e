import { csvRows, type CsvRow } from './csvRows'
import { readCell } from './readCell'
import type { StatisticsProblem } from '../../i18n/model/statistics'
import type { StatisticsRead } from './statisticsRead'
import { cellKey, type StatisticsTable } from './statisticsTable'
import { tableBuilder } from './tableBuilder'
import { dimensionOf, isKostraCode, splitCoded, yearOf } from './statisticsWords'

/** A year inside a wide layout's column heading: «2024» or «Beløp (1000 kr) 2024». */
const YEAR_IN_HEADING = /(^|\D)((?:19|20)\d{2})(?!\d)/

/** Lines searched for the header: a title and blank lines come first in Statistikkbanken's export. */
const HEADER_SEARCH = 20

type Columns = {
  region: number
  function: number
  /** Columns whose cells, joined, name the variable (art, statistikkvariabel …). */
  variable: number[]
  /**
   * Long layout: one year column, values in the last, whose heading may say the unit. Wide: one
   * value column per year, whose heading without the year is part of the variable's name.
   */
  values: { column: number; year: number | null; words: string; heading: string }[]
  year: number | null
}

/**
 * Accounts by municipality, KOSTRA function and year from Statistikkbanken's semicolon CSV, long
 * ("region";"funksjon";"art";"år";"statistikkvariabel";value) or wide (one column per year).
 * Cells are "code name" as exported with codes and text; values use a decimal comma and SSB's
 * symbols for missing values. What cannot be read is named with its line and column; never throws.
 */
export function readSsbCsv(text: string): StatisticsRead<StatisticsTable> {
  const delimiter = wrongDelimiter(text)
  if (delimiter) return fail({ code: 'wrongDelimiter', ...delimiter })
  const parsed = csvRows(text)
  if (!parsed.ok) return fail({ code: 'unclosedQuote', line: parsed.unclosedQuoteLine })
  const { rows } = parsed
  if (rows.length === 0) return fail({ code: 'empty' })

  const headerAt = rows
    .slice(0, HEADER_SEARCH)
    .findIndex((row) => hasDimensions(row, ['region', 'function']))
  const header = rows[headerAt]
  if (!header) return fail({ code: 'noHeader' })
  const title = rows.slice(0, headerAt).find((row) => row.fields.length === 1)?.fields[0] ?? ''
  const columns = columnsOf(header.fields.map((field) => field.trim()))
  if (!columns.ok) return fail(columns.problem)

  const table = tableBuilder('csv', title.trim())
  const firstLine = new Map<string, number>()
  // A single text after the data is a footnote or source line, not a row of the table.
  const data = rows.slice(headerAt + 1).filter((row) => row.fields.length !== 1)
  for (const row of data) {
    if (row.fields.length !== header.fields.length) {
      return fail({
        code: 'fieldCount',
        line: row.line,
        expected: header.fields.length,
        found: row.fields.length,
      })
    }
    const problem = readRow(row, header.fields, columns.value, table, firstLine)
    if (problem) return fail(problem)
  }
  if (table.isEmpty()) {
    const unusable = table.unusable()
    if (unusable.length > 0) return fail({ code: 'noAmountVariable', variables: unusable })
    return fail({
      code: firstLine.size === 0 && data.length > 0 ? 'noKostraFunctions' : 'noValues',
    })
  }
  return { ok: true, table: table.build() }
}

const fail = (problem: StatisticsProblem) => ({ ok: false, problem }) as const

function hasDimensions(row: CsvRow, wanted: ReturnType<typeof dimensionOf>[]): boolean {
  const found = row.fields.map((field) => dimensionOf(field))
  return wanted.every((dimension) => found.includes(dimension))
}

/** The header line separated by something else than semicolons: said before anything is read. */
function wrongDelimiter(text: string): { line: number; found: 'comma' | 'tab' } | null {
  const lines = text.split('\n').slice(0, HEADER_SEARCH)
  for (const [i, line] of lines.entries()) {
    for (const [separator, found] of [
      [';', null],
      ['\t', 'tab'],
      [',', 'comma'],
    ] as const) {
      const fields = line.split(separator).map((field) => field.replace(/"/g, ''))
      if (hasDimensions({ line: i + 1, fields }, ['region', 'function']))
        return found === null ? null : { line: i + 1, found }
    }
  }
  return null
}

function columnsOf(
  headings: string[],
): { ok: true; value: Columns } | { ok: false; problem: StatisticsProblem } {
  const kinds = headings.map((heading) => dimensionOf(heading))
  const region = kinds.indexOf('region')
  const kostraFunction = kinds.indexOf('function')
  const year = kinds.indexOf('year')
  if (year >= 0) {
    const last = headings.length - 1
    if (last === year || last === region || last === kostraFunction)
      return { ok: false, problem: { code: 'noHeader' } }
    const variable = headings.map((_, i) => i).filter((i) => kinds[i] === null && i !== last)
    return {
      ok: true,
      value: {
        region,
        function: kostraFunction,
        variable,
        year,
        values: [{ column: last, year: null, words: '', heading: headings[last] ?? '' }],
      },
    }
  }
  const values = headings.flatMap((heading, column) => {
    const match = kinds[column] === null ? YEAR_IN_HEADING.exec(heading) : null
    if (!match?.[2]) return []
    const words = (
      heading.slice(0, match.index) +
      match[1] +
      heading.slice(match.index + match[0].length)
    ).trim()
    return [{ column, year: Number(match[2]), words, heading: '' }]
  })
  if (values.length === 0)
    return { ok: false, problem: { code: 'missingDimension', dimension: 'year' } }
  const variable = headings
    .map((_, i) => i)
    .filter((i) => kinds[i] === null && !values.some((value) => value.column === i))
  return { ok: true, value: { region, function: kostraFunction, variable, year: null, values } }
}

function readRow(
  row: CsvRow,
  headings: string[],
  columns: Columns,
  table: ReturnType<typeof tableBuilder>,
  firstLine: Map<string, number>,
): StatisticsProblem | null {
  const field = (column: number) => row.fields[column] ?? ''
  const kostraFunction = splitCoded(field(columns.function))
  // Groups of functions (FGK…) and totals are in the same column: not account lines.
  if (!isKostraCode(kostraFunction.code)) return null
  const municipality = splitCoded(field(columns.region))
  let year: number | null = null
  if (columns.year !== null) {
    year = yearOf(field(columns.year))
    if (year === null)
      return {
        code: 'notYear',
        text: field(columns.year).trim(),
        line: row.line,
        column: columns.year + 1,
      }
  }
  const words = columns.variable
    .map((column) => splitCoded(field(column)).name)
    .filter((w) => w !== '')
  for (const value of columns.values) {
    const label = [...words, value.words].filter((w) => w !== '').join(', ') || value.heading
    const variable = table.variable(label, label, value.heading)
    const cell = readCell(field(value.column))
    if (cell === null) {
      return {
        code: 'csvNotNumber',
        line: row.line,
        column: value.column + 1,
        header: headings[value.column]?.trim() ?? '',
        text: field(value.column).trim(),
      }
    }
    if (variable === null) continue
    const cellYear = value.year ?? year ?? 0
    const key = cellKey(municipality.code, kostraFunction.code, cellYear, variable.id)
    if (!table.add(municipality, kostraFunction, cellYear, variable, cell))
      return { code: 'duplicateValue', line: row.line, first: firstLine.get(key) ?? row.line }
    firstLine.set(key, row.line)
  }
  return null
}
