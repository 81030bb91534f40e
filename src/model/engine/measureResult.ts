import type { MeasurePlan } from './measurePlan'
import { yearFactor } from './timeProfile'
import { addFlow, scaledFlow, ZERO_FLOW } from './totals'
import type { Flow, MeasureResult } from './types'

/** A measure's effect in each plan year and for good, from its full-year plan and its timing. */
export function measureResult(
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
