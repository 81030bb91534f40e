import { dec, isDecimalString, sum, toDecimalString } from '../../model/money/decimal'
import {
  cellKey,
  type LineSide,
  type StatisticsCategory,
  type StatisticsTable,
} from './statisticsTable'

/** The id of the account table an import writes, and finds again on the next import. */
export const STATISTICS_ACCOUNT_ID = 'fra-ssb'

/** What the user chose in the dialog. */
export interface StatisticsChoice {
  municipality: string
  functions: readonly string[]
  years: readonly number[]
  variable: string
  side: LineSide
}

/** Words written into the model, in the user's language. */
export interface StatisticsImportWords {
  title: string
  lineSide: Record<Exclude<LineSide, 'net'>, string>
  note: string
}

/** One line as it will be written: amounts in kroner, signed as the model signs them. */
export interface ImportLine {
  kostraFunction: StatisticsCategory
  label: string
  /** The function is not among the model's KOSTRA functions yet and will be added. */
  newFunction: boolean
  amounts: { year: number; kroner: string | null; missing?: string }[]
}

export type StatisticsImport =
  | {
      ok: true
      lines: ImportLine[]
      /** Whether the table from an earlier import is updated rather than a new one added. */
      updates: boolean
      /** Lines of the table left without a figure for some of its years, e.g. "243: 2022". */
      gaps: { label: string; years: number[] }[]
      accounts: unknown[]
      kostraFunctions: unknown[]
    }
  | { ok: false; reason: 'nothingChosen' | 'modelUnreadable' }
  | { ok: false; reason: 'missing'; lines: ImportLine[]; missing: { code: string; year: number }[] }

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const isList = (value: unknown): value is readonly unknown[] => Array.isArray(value)

/**
 * The model's accounts and KOSTRA functions after importing the chosen figures: a table «words.title»
 * with one line per function (expenditure, income or net by `choice.side`), amounts per year in
 * kroner — the published figure × the variable's scale, exactly; income negative. A second import
 * updates the same table's lines for those functions and years and keeps everything else. Functions
 * the model lacks are added with SSB's name. Refused, changing nothing, when a chosen figure is
 * missing in the file or the model's accounts cannot be read. Pure: the model is not changed.
 */
export function importStatistics(
  model: { readonly [field: string]: unknown },
  table: StatisticsTable,
  choice: StatisticsChoice,
  words: StatisticsImportWords,
): StatisticsImport {
  const variable = table.variables.find((v) => v.id === choice.variable)
  const functions = table.functions.filter((f) => choice.functions.includes(f.code))
  const years = table.years.filter((year) => choice.years.includes(year))
  if (!variable || functions.length === 0 || years.length === 0)
    return { ok: false, reason: 'nothingChosen' }
  const accounts = model.accounts ?? []
  const known = model.kostraFunctions
  if (!isList(accounts) || !isList(known)) return { ok: false, reason: 'modelUnreadable' }
  const at = accounts.findIndex((a) => isRecord(a) && a.id === STATISTICS_ACCOUNT_ID)
  const earlier: unknown = accounts[at]
  if (at >= 0 && (!isRecord(earlier) || !isList(earlier.lines) || !isList(earlier.years)))
    return { ok: false, reason: 'modelUnreadable' }

  const modelName = (code: string) =>
    known.find(
      (f): f is { name: string } => isRecord(f) && f.code === code && typeof f.name === 'string',
    )?.name
  const lines: ImportLine[] = functions.map((kostraFunction) => {
    const name = modelName(kostraFunction.code) ?? kostraFunction.name
    return {
      kostraFunction,
      label: choice.side === 'net' ? name : `${name} – ${words.lineSide[choice.side]}`,
      newFunction: modelName(kostraFunction.code) === undefined,
      amounts: years.map((year) => {
        const cell = table.cells.get(
          cellKey(choice.municipality, kostraFunction.code, year, variable.id),
        )
        if (!cell || 'missing' in cell) return { year, kroner: null, missing: cell?.missing ?? '' }
        const kroner = dec(cell.value).times(variable.scale)
        return {
          year,
          kroner: toDecimalString(choice.side === 'income' ? kroner.abs().negated() : kroner),
        }
      }),
    }
  })
  const missing = lines.flatMap((line) =>
    line.amounts
      .filter((a) => a.kroner === null)
      .map((a) => ({ code: line.kostraFunction.code, year: a.year })),
  )
  if (missing.length > 0) return { ok: false, reason: 'missing', lines, missing }

  const side = choice.side === 'net' ? {} : { side: choice.side }
  const written: unknown[] = isRecord(earlier) && isList(earlier.lines) ? [...earlier.lines] : []
  for (const line of lines) {
    const amounts = Object.fromEntries(line.amounts.map((a) => [String(a.year), a.kroner]))
    const same = written.findIndex(
      (l) =>
        isRecord(l) && l.function === line.kostraFunction.code && (l.side ?? 'net') === choice.side,
    )
    const old = written[same]
    if (isRecord(old))
      written[same] = {
        ...old,
        amounts: { ...(isRecord(old.amounts) ? old.amounts : {}), ...amounts },
      }
    else written.push({ label: line.label, function: line.kostraFunction.code, ...side, amounts })
  }
  const earlierYears = isRecord(earlier) && isList(earlier.years) ? earlier.years : []
  const allYears = [
    ...new Set([...earlierYears.filter((y) => typeof y === 'number'), ...years]),
  ].sort((a, b) => a - b)
  const amountsOf = (line: unknown, year: number): string | undefined => {
    const amounts = isRecord(line) && isRecord(line.amounts) ? line.amounts : {}
    const amount = Object.hasOwn(amounts, String(year)) ? amounts[String(year)] : undefined
    return typeof amount === 'string' && isDecimalString(amount) ? amount : undefined
  }
  // SSB prints no total for a choice of functions: the table's total is the sum of its lines.
  const reportedTotals = Object.fromEntries(
    allYears.map((year) => [
      String(year),
      toDecimalString(sum(written.flatMap((l) => amountsOf(l, year) ?? []).map((a) => dec(a)))),
    ]),
  )
  const gaps = written.flatMap((l) => {
    const lacking = allYears.filter((year) => amountsOf(l, year) === undefined)
    const label = isRecord(l) && typeof l.label === 'string' ? l.label : ''
    return lacking.length > 0 ? [{ label, years: lacking }] : []
  })
  const account = isRecord(earlier)
    ? { ...earlier, years: allYears, lines: written, reportedTotals }
    : {
        id: STATISTICS_ACCOUNT_ID,
        title: words.title,
        years: allYears,
        lines: written,
        reportedTotals,
        note: words.note,
      }
  const added = lines
    .filter((line) => line.newFunction)
    .map(({ kostraFunction }) => ({ code: kostraFunction.code, name: kostraFunction.name }))
  return {
    ok: true,
    lines,
    updates: at >= 0,
    gaps,
    accounts: at >= 0 ? accounts.map((a, i) => (i === at ? account : a)) : [...accounts, account],
    kostraFunctions: [...known, ...added],
  }
}
