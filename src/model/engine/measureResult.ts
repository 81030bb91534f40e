import type { MeasurePlan } from './measurePlan'
import { addFlow, emptyFlow, flowPortion, ZERO_FLOW } from './totals'
import type { Flow, MeasureResult } from './types'
import { isWhole, type Portion } from './yearPortions'

/** A measure's flow in a part of a year: the sum of its drivers' portions, as totals are summed. */
export function partFlow(plan: MeasurePlan, portion: Portion): Flow {
  const flow = emptyFlow()
  for (const { flow: driverFlow } of plan.recurring) addFlow(flow, flowPortion(driverFlow, portion))
  return flow
}

/** A measure's effect in each plan year and for good, from its full-year plan and its timing. */
export function measureResult(plan: MeasurePlan, planYears: readonly number[]): MeasureResult {
  const byYear: Record<string, Flow> = {}
  planYears.forEach((year, i) => {
    const portion = plan.portions[i]
    const flow =
      !portion || portion.times.isZero()
        ? ZERO_FLOW
        : isWhole(portion)
          ? plan.annual
          : partFlow(plan, portion)
    const oneOffs = plan.oneOffs.filter((oneOff) => oneOff.year === year)
    if (oneOffs.length === 0) {
      byYear[year] = flow
      return
    }
    const withOneOffs = { ...flow }
    for (const oneOff of oneOffs) addFlow(withOneOffs, oneOff.flow)
    byYear[year] = withOneOffs
  })
  return {
    id: plan.measure.id,
    annual: plan.annual,
    ...(plan.potential && { potential: plan.potential }),
    byYear,
    lasting: plan.temporary ? ZERO_FLOW : plan.annual,
    temporary: plan.temporary,
  }
}
