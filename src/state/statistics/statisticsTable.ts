/** A code and its name as the statistics file gives them: "1860" «Vestvågøy», "242" «Råd, …». */
export interface StatisticsCategory {
  code: string
  name: string
}

/** How an account line is recorded: expenditure, income (negative), or net (no side). */
export type LineSide = 'expenditure' | 'income' | 'net'

/**
 * What one number in the table measures, e.g. «Netto driftsutgifter, Beløp (1000 kr)». `scale`
 * turns its unit into kroner; `side` is a guess from its words that the user may change.
 */
export interface StatisticsVariable {
  id: string
  label: string
  scale: 1000 | 1
  side: LineSide
}

/** A published value as a decimal string in its variable's unit, or the symbol SSB put instead. */
export type StatisticsCell = { value: string } | { missing: string }

/**
 * One table from a statistics file, whatever its format: values by municipality, KOSTRA function,
 * year and variable, exactly as published (not yet in kroner).
 */
export interface StatisticsTable {
  format: 'jsonStat' | 'csv'
  /** The table's title ("12362: Utgifter til tjenesteområdene …"); empty when the file has none. */
  title: string
  municipalities: StatisticsCategory[]
  functions: StatisticsCategory[]
  years: number[]
  variables: StatisticsVariable[]
  cells: ReadonlyMap<string, StatisticsCell>
}

/** The key of a cell in `StatisticsTable.cells`. */
export const cellKey = (
  municipality: string,
  kostraFunction: string,
  year: number,
  variable: string,
) => JSON.stringify([municipality, kostraFunction, year, variable])
