import {
  cellKey,
  type StatisticsCategory,
  type StatisticsCell,
  type StatisticsTable,
  type StatisticsVariable,
} from './statisticsTable'
import { scaleOf, sideOf } from './statisticsWords'

/**
 * Collects a table's categories in the order the file gives them and its cells by key. A cell
 * given twice is refused (`add` returns false) rather than one of them silently kept.
 */
export function tableBuilder(format: StatisticsTable['format'], title: string) {
  const municipalities = new Map<string, StatisticsCategory>()
  const functions = new Map<string, StatisticsCategory>()
  const years = new Set<number>()
  const variables = new Map<string, StatisticsVariable>()
  const unusable = new Set<string>()
  const cells = new Map<string, StatisticsCell>()
  return {
    /** The variable with these words, or null when its unit is not kroner (shares, per inhabitant). */
    variable(id: string, label: string, unitWords = ''): StatisticsVariable | null {
      const known = variables.get(id)
      if (known) return known
      const scale = scaleOf(label) ?? scaleOf(unitWords) ?? scaleOf(title)
      if (scale === null) {
        unusable.add(label)
        return null
      }
      const variable = { id, label, scale, side: sideOf(label) }
      variables.set(id, variable)
      return variable
    },
    add(
      municipality: StatisticsCategory,
      kostraFunction: StatisticsCategory,
      year: number,
      variable: StatisticsVariable,
      cell: StatisticsCell,
    ): boolean {
      const key = cellKey(municipality.code, kostraFunction.code, year, variable.id)
      if (cells.has(key)) return false
      if (!municipalities.has(municipality.code))
        municipalities.set(municipality.code, municipality)
      if (!functions.has(kostraFunction.code)) functions.set(kostraFunction.code, kostraFunction)
      years.add(year)
      cells.set(key, cell)
      return true
    },
    /** Labels of the variables left out for their unit, to name them when nothing is left. */
    unusable: () => [...unusable],
    isEmpty: () => cells.size === 0,
    build: (): StatisticsTable => ({
      format,
      title,
      municipalities: [...municipalities.values()],
      functions: [...functions.values()],
      years: [...years].sort((a, b) => a - b),
      variables: [...variables.values()],
      cells,
    }),
  }
}
