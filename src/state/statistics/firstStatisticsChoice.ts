import type { StatisticsChoice } from './importStatistics'
import type { StatisticsTable } from './statisticsTable'

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * What the import dialog chooses at first: the model's own municipality (by kommunenummer, else by
 * name, else the table's first), the functions the model already has, every year, the first
 * variable and the side its words suggest.
 */
export function firstStatisticsChoice(
  table: StatisticsTable,
  model: { readonly [field: string]: unknown },
): StatisticsChoice {
  const municipality = isRecord(model.municipality) ? model.municipality : {}
  const own =
    table.municipalities.find((m) => m.code === municipality.number) ??
    table.municipalities.find((m) => m.name === municipality.name) ??
    table.municipalities[0]
  const known = Array.isArray(model.kostraFunctions) ? model.kostraFunctions : []
  const inModel = (code: string) => known.some((f) => isRecord(f) && f.code === code)
  const variable = table.variables[0]
  return {
    municipality: own?.code ?? '',
    functions: table.functions.filter((f) => inModel(f.code)).map((f) => f.code),
    years: table.years,
    variable: variable?.id ?? '',
    side: variable?.side ?? 'net',
  }
}
