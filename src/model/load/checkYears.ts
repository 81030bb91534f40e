import type { Path, Problem } from '../problems'
import type { ModelFile } from '../schema/modelFile'

function sameYears(record: Record<string, unknown>, years: readonly number[]): boolean {
  const keys = Object.keys(record).map(Number).sort()
  return keys.length === years.length && [...years].sort().every((year, i) => keys[i] === year)
}

/** The plan is consecutive years after the base year; tables cover exactly the years they declare. */
export function checkYears(model: ModelFile, problems: Problem[]): void {
  const { planYears, baseYear } = model
  if (planYears.some((year, i) => i > 0 && year !== (planYears[i - 1] ?? 0) + 1)) {
    problems.push({ code: 'planYearsNotConsecutive', path: ['planYears'] })
  }
  const firstPlanYear = planYears[0] ?? baseYear + 1
  if (baseYear >= firstPlanYear) {
    problems.push({ code: 'baseYearNotBeforePlan', path: ['baseYear'], baseYear, firstPlanYear })
  }

  for (const year of Object.keys(model.target.byYear ?? {}).map(Number)) {
    if (!planYears.includes(year))
      problems.push({
        code: 'yearNotInPlan',
        path: ['target', 'byYear', String(year)],
        year,
        planYears,
      })
  }

  model.measures.forEach((measure, m) => {
    const { firstYear, lastYear, firstMonth, firstYearShare } = measure.timing ?? {}
    if (firstYear !== undefined && lastYear !== undefined && lastYear < firstYear) {
      problems.push({
        code: 'endBeforeStart',
        path: ['measures', m, 'timing', 'lastYear'],
        firstYear,
        lastYear,
      })
    }
    if (firstMonth !== undefined && firstYearShare !== undefined) {
      problems.push({
        code: 'eitherField',
        path: ['measures', m, 'timing', 'firstYearShare'],
        fields: ['firstMonth', 'firstYearShare'],
      })
    }
  })

  const covers = (record: Record<string, unknown>, years: readonly number[], path: Path) => {
    if (!sameYears(record, years))
      problems.push({ code: 'yearKeysMismatch', path, expected: years })
  }
  model.accounts?.forEach((account, a) => {
    account.lines.forEach((line, l) =>
      covers(line.amounts, account.years, ['accounts', a, 'lines', l, 'amounts']),
    )
    covers(account.reportedTotals, account.years, ['accounts', a, 'reportedTotals'])
  })
  const settlement = model.settlement
  if (settlement) {
    settlement.categories.forEach((category, c) =>
      covers(category.counts, settlement.years, ['settlement', 'categories', c, 'counts']),
    )
    covers(settlement.reportedTotals, settlement.years, ['settlement', 'reportedTotals'])
  }
}
