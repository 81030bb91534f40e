import { driverKinds } from '../drivers/registry'
import { dec, toDecimalString, ZERO, type Dec } from '../money/decimal'
import { own } from '../own'
import type { ValidModel } from '../load/validModel'
import type { Problem } from '../problems'
import type { Measure } from '../schema/measure'
import { checkOverrides } from './checkOverrides'
import { applyRules } from './applyRules'
import { householdResults } from './householdResults'
import { measurePlan } from './measurePlan'
import { partnershipResult } from './partnershipSplit'
import { accumulate } from './accumulate'
import { measureResult } from './measureResult'
import { emptyTotals } from './totals'
import type { AgainstTarget, Evaluation, Overrides, Totals, YearResult } from './types'

function againstTarget(totals: Totals, target: Dec): AgainstTarget {
  const saving = totals.net.negated()
  return { saving, gap: target.minus(saving), meetsTarget: saving.gte(target) }
}

/**
 * The effect of a selection of measures, with driver inputs overridden, for every plan year and
 * for the lasting state after time-limited measures have ended. NOK per year as changes in net
 * expenditure (negative = saving). Problems come back as values. Measures that break a rule are
 * left out of every figure and named in `excluded`, with the rule in `problems`.
 */
export function evaluate(
  model: ValidModel,
  selection: readonly string[],
  overrides: Overrides = {},
): Evaluation {
  const known = new Set(model.measures.map((m) => m.id))
  const problems: Problem[] = []
  const unknown = [...new Set(selection)].filter((id) => !known.has(id))
  if (unknown.length > 0) problems.push({ code: 'unknownMeasure', ids: unknown })
  const { byDriver, problems: overrideProblems } = checkOverrides(model, overrides)
  // A measure that breaks a rule is never counted, whoever chose it: the figures stay honest and
  // the problems say what was left out.
  const rules = applyRules(model.rules ?? [], selection)
  problems.push(...overrideProblems, ...rules.problems)
  const counted = new Set(rules.counted)
  const excluded = new Set(rules.excluded)

  const target = dec(model.target.lasting)
  const plans = model.measures
    .filter((m) => counted.has(m.id))
    .map((m) => measurePlan(m, byDriver, model.planYears))

  const { years: yearTotals, lasting } = accumulate(plans, model.planYears)
  const measures = plans.map((plan) => measureResult(plan, model.planYears))
  const years: YearResult[] = model.planYears.map((year, i) => {
    const totals = yearTotals[i] ?? emptyTotals()
    const byMeasure: Record<string, Dec> = {}
    for (const measure of measures) byMeasure[measure.id] = measure.byYear[year]?.net ?? ZERO
    // A plan year may have a savings requirement of its own; else the lasting target holds.
    const yearTarget = dec(own(model.target.byYear, String(year)) ?? model.target.lasting)
    return { year, ...totals, target: yearTarget, ...againstTarget(totals, yearTarget), byMeasure }
  })

  const lastingResult = { ...lasting, ...againstTarget(lasting, target) }
  const metWhileTemporary = years.filter((y) => y.saving.gte(target)).map((y) => y.year)
  if (!lastingResult.meetsTarget && metWhileTemporary.length > 0) {
    problems.push({
      code: 'targetMetOnlyWhileTemporary',
      years: metWhileTemporary,
      lastingGap: toDecimalString(lastingResult.gap),
    })
  }

  const planOf = new Map(plans.map((plan) => [plan.measure.id, plan]))
  // The change a household line follows is the driver's input in the household-rate role.
  const rateChange = (measure: Measure, driverId: string) => {
    const result = planOf.get(measure.id)?.drivers.find((d) => d.driver.id === driverId)
    const role = result && driverKinds[result.driver.kind]?.roles?.householdRate
    return (role === undefined ? undefined : own(result?.inputs, role)) ?? ZERO
  }

  return {
    target,
    selection: plans.map((plan) => plan.measure.id),
    excluded: model.measures.filter((m) => excluded.has(m.id)).map((m) => m.id),
    years,
    lasting: lastingResult,
    measures,
    ...(model.partnership && {
      partnership: partnershipResult(model.partnership, years, lastingResult),
    }),
    households: householdResults(
      model.households ?? [],
      plans.map((plan) => plan.measure),
      rateChange,
    ),
    problems,
  }
}
