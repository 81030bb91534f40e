import type { TableColumn } from '../../../state/table/tableColumn'

/** The one column of a list of years (plan years, an account's years): each row is a year. */
export const yearColumn = (label: string): TableColumn => ({
  key: [],
  label,
  kind: 'year',
  empty: null,
})

/** The year after the last one of a list, for a new row; this year when there is none. */
export function nextYear(years: unknown): number {
  const numbers = Array.isArray(years)
    ? years.filter((y): y is number => typeof y === 'number' && Number.isInteger(y))
    : []
  return numbers.length > 0 ? Math.max(...numbers) + 1 : new Date().getFullYear()
}

/** The years of a list as the keys of amounts by year: only those that are years. */
export const yearKeys = (years: unknown): string[] =>
  Array.isArray(years)
    ? years.filter((y): y is number => typeof y === 'number' && Number.isInteger(y)).map(String)
    : []
