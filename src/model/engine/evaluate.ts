import { dec, toDecimalString, ZERO, type Dec } from '../money/decimal'
import type { ValidModel } from '../load/validModel'
import type { Problem } from '../problems'
import type { Measure } from '../schema/measure'
import { checkOverrides } from './checkOverrides'
import { checkRules } from './checkRules'
import { householdResults } from './householdResults'
import { measurePlan, type MeasurePlan } from './measurePlan'
import { partnershipResult } from './partnershipSplit'
import { accumulate } from './accumulate'
import { yearFactor } from './timeProfile'
import { addFlow, emptyTotals, scaledFlow, ZERO_FLOW } from './totals'
import type {
  AgainstTarget,
  Evaluation,
  Flow,
  MeasureResult,
  Overrides,
  Totals,
  YearResult,
} from './types'

function againstTarget(totals: Totals, target: Dec): AgainstTarget {
  const saving = totals.net.negated()
  return { saving, gap: target.minus(saving), meetsTarget: saving.gte(target) }
}

function measureResult(
  plan: MeasurePlan,
  planYears: readonly number[],
  firstPlanYear: number,
): MeasureResult {
  const byYear: Record<string, Flow> = {}
  for (const year of planYears) {
    const flow = scaledFlow(plan.annual, yearFactor(plan.measure.timing, year, firstPlanYear))
    const oneOffs = plan.oneOffs.filter((oneOff) => oneOff.year === year)
    if (oneOffs.length === 0) {
      byYear[year] = flow
      continue
    }
    const withOneOffs = { ...flow }
    for (const oneOff of oneOffs) addFlow(withOneOffs, oneOff.flow)
    byYear[year] = withOneOffs
  }
  return {
    id: plan.measure.id,
    annual: plan.annual,
    ...(plan.potential && { potential: plan.potential }),
    byYear,
    lasting: plan.temporary ? ZERO_FLOW : plan.annual,
    temporary: plan.temporary,
  }
}

/**
 * The effect of a selection of measures, with driver inputs overridden, for every plan year and
 * for the lasting state after time-limited measures have ended. NOK per year as changes in net
 * expenditure (negative = saving). Problems come back as values; refused selections are still
 * computed so they can be shown, with errors in `problems`.
 */
export function evaluate(
  model: ValidModel,
  selection: readonly string[],
  overrides: Overrides = {},
): Evaluation {
  const chosen = new Set(selection)
  const known = new Set(model.measures.map((m) => m.id))
  const problems: Problem[] = []
  const unknown = [...chosen].filter((id) => !known.has(id))
  if (unknown.length > 0) problems.push({ code: 'unknownMeasure', ids: unknown })
  const { byDriver, problems: overrideProblems } = checkOverrides(model, overrides)
  problems.push(...overrideProblems, ...checkRules(model.rules ?? [], chosen))

  const target = dec(model.target.annualReduction)
  const firstPlanYear = model.planYears[0] ?? model.baseYear + 1
  const plans = model.measures.filter((m) => chosen.has(m.id)).map((m) => measurePlan(m, byDriver))

  const { years: yearTotals, lasting } = accumulate(plans, model.planYears)
  const measures = plans.map((plan) => measureResult(plan, model.planYears, firstPlanYear))
  const years: YearResult[] = model.planYears.map((year, i) => {
    const totals = yearTotals[i] ?? emptyTotals()
    const byMeasure: Record<string, Dec> = {}
    for (const measure of measures) byMeasure[measure.id] = measure.byYear[year]?.net ?? ZERO
    return { year, ...totals, ...againstTarget(totals, target), byMeasure }
  })

  const lastingResult = { ...lasting, ...againstTarget(lasting, target) }
  const metWhileTemporary = years.filter((y) => y.meetsTarget).map((y) => y.year)
  if (!lastingResult.meetsTarget && metWhileTemporary.length > 0) {
    problems.push({
      code: 'targetMetOnlyWhileTemporary',
      years: metWhileTemporary,
      lastingGap: toDecimalString(lastingResult.gap),
    })
  }

  const planOf = new Map(plans.map((plan) => [plan.measure.id, plan]))
  const rateChange = (measure: Measure, driverId: string) =>
    planOf.get(measure.id)?.drivers.find((d) => d.driver.id === driverId)?.inputs['rateChange'] ??
    ZERO

  return {
    target,
    selection: plans.map((plan) => plan.measure.id),
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
