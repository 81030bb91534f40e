import type { Path, Problem } from '../problems'
import type { ModelFile } from '../schema/modelFile'

function duplicates(
  items: readonly { id: string }[] | undefined,
  path: Path,
  problems: Problem[],
): void {
  const seen = new Set<string>()
  items?.forEach((item, index) => {
    if (seen.has(item.id))
      problems.push({ code: 'duplicateId', path: [...path, index, 'id'], id: item.id })
    seen.add(item.id)
  })
}

/** Every list of things with ids must name each thing once. */
export function checkIds(model: ModelFile, problems: Problem[]): void {
  duplicates(model.themes, ['themes'], problems)
  duplicates(model.units, ['units'], problems)
  model.units.forEach((unit, index) => duplicates(unit.teams, ['units', index, 'teams'], problems))
  duplicates(model.measures, ['measures'], problems)
  model.measures.forEach((measure, index) =>
    duplicates(measure.drivers, ['measures', index, 'drivers'], problems),
  )
  duplicates(model.rules, ['rules'], problems)
  duplicates(model.packages, ['packages'], problems)
  duplicates(model.accounts, ['accounts'], problems)
  duplicates(model.grants?.lines, ['grants', 'lines'], problems)
  duplicates(model.partnership?.partners, ['partnership', 'partners'], problems)
  duplicates(model.partnership?.keys, ['partnership', 'keys'], problems)
  duplicates(model.settlement?.categories, ['settlement', 'categories'], problems)
  duplicates(model.benefitRates, ['benefitRates'], problems)
  duplicates(model.households, ['households'], problems)
  model.households?.forEach((household, index) => {
    duplicates(household.regimes, ['households', index, 'regimes'], problems)
    duplicates(household.lines, ['households', index, 'lines'], problems)
  })
  const functionNames = new Set<string>()
  model.kostraFunctions.forEach((f, index) => {
    const key = `${f.code}/${f.fromYear ?? ''}`
    if (functionNames.has(key)) {
      problems.push({ code: 'duplicateId', path: ['kostraFunctions', index, 'code'], id: f.code })
    }
    functionNames.add(key)
  })
}
