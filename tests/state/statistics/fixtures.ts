import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { StatisticsTable } from '../../../src/state/statistics/statisticsTable'

/** Bytes of a fixture in tests/fixtures/statistics. */
export const fixtureBytes = (name: string) =>
  // From the project's root, where the tests run: jsdom gives import.meta.url no file path.
  new Uint8Array(readFileSync(resolve('tests/fixtures/statistics', name)))

export const fixtureText = (name: string) => new TextDecoder().decode(fixtureBytes(name))

/** Text as the bytes a file would hold (UTF-8). */
export const utf8 = (text: string) => new TextEncoder().encode(text)

/** A table's values by municipality, function, year and variable words, whatever its format. */
export const valuesOf = (table: StatisticsTable) => {
  const label = new Map(table.variables.map((v) => [v.id, v.label]))
  return [...table.cells]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, cell]) => {
      const [municipality, kostraFunction, year, variable] = JSON.parse(key) as [
        string,
        string,
        number,
        string,
      ]
      return [municipality, kostraFunction, year, label.get(variable), cell] as const
    })
}

export const BRUTTO = 'Brutto driftsutgifter på funksjon/tjenesteområde, Beløp (1000 kr)'
export const NETTO = 'Netto driftsutgifter på funksjon/tjenesteområde, Beløp (1000 kr)'
