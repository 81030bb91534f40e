import { measurePlan } from '../src/model/engine/measurePlan'
import type { Flow } from '../src/model/engine/types'
import type { Portion } from '../src/model/engine/yearPortions'
import type { ValidModel } from '../src/model/load/validModel'
import type { Measure } from '../src/model/schema/measure'

// The engine's accumulation in plain floating point, for the benchmark only: the same per-measure
// plans (each driver's full-year effect, worked out once by the engine and turned into numbers),
// the same running sums over the plan years and the same part-year portions, but numbers in place
// of decimals. Its results are not exact; its time is the baseline that shows what exactness costs.

interface Totals {
  net: number
  gross: number
  income: number
  staffYears: number
  byFunction: Map<string, number>
  byTheme: Map<string, number>
  byUnit: Map<string, number>
}
const empty = (): Totals => ({
  net: 0,
  gross: 0,
  income: 0,
  staffYears: 0,
  byFunction: new Map(),
  byTheme: new Map(),
  byUnit: new Map(),
})
const addTo = (map: Map<string, number>, key: string | undefined, value: number) => {
  if (key !== undefined && value !== 0) map.set(key, (map.get(key) ?? 0) + value)
}
function addTotals(into: Totals, from: Totals, factor = 1) {
  into.net += from.net * factor
  into.gross += from.gross * factor
  into.income += from.income * factor
  into.staffYears += from.staffYears * factor
  for (const [k, v] of from.byFunction) addTo(into.byFunction, k, v * factor)
  for (const [k, v] of from.byTheme) addTo(into.byTheme, k, v * factor)
  for (const [k, v] of from.byUnit) addTo(into.byUnit, k, v * factor)
}

interface FloatPlan {
  breakdown: Totals
  oneOffs: { year: number; net: number }[]
  /** Each plan year's portion as a number, and whether it is the whole year. */
  portions: { share: number; whole: boolean }[]
  temporary: boolean
}

const share = (portion: Portion) => portion.times.toNumber() / portion.over
const flowNumbers = (flow: Flow) => ({
  gross: flow.gross.toNumber(),
  income: flow.income.toNumber(),
  staffYears: flow.staffYears.toNumber(),
})

const plans = new WeakMap<Measure, FloatPlan>()
function plan(measure: Measure, planYears: readonly number[]): FloatPlan {
  const known = plans.get(measure)
  if (known) return known
  const exact = measurePlan(measure, new Map(), planYears)
  const breakdown = empty()
  for (const { driver, flow } of exact.recurring) {
    const e = flowNumbers(flow)
    breakdown.net += e.gross + e.income
    breakdown.gross += e.gross
    breakdown.income += e.income
    breakdown.staffYears += e.staffYears
    addTo(breakdown.byFunction, driver.function, e.gross)
    addTo(breakdown.byFunction, driver.incomeFunction ?? driver.function, e.income)
    addTo(breakdown.byTheme, measure.theme, e.gross + e.income)
    addTo(breakdown.byUnit, driver.unit, e.staffYears)
  }
  const fresh: FloatPlan = {
    breakdown,
    oneOffs: exact.oneOffs.map((o) => ({ year: o.year, net: o.flow.net.toNumber() })),
    portions: exact.portions.map((p) => ({ share: share(p), whole: share(p) === 1 })),
    temporary: exact.temporary,
  }
  plans.set(measure, fresh)
  return fresh
}

export function floatEvaluate(model: ValidModel, selection: readonly string[]) {
  const chosen = new Set(selection)
  const first = model.planYears[0] ?? model.baseYear + 1
  const target = Number(model.target.lasting)
  const selected = model.measures.filter((m) => chosen.has(m.id))
  const changes = model.planYears.map(() => empty())
  const ownYear = model.planYears.map(() => empty())
  const lasting = empty()
  for (const measure of selected) {
    const { breakdown, oneOffs, portions, temporary } = plan(measure, model.planYears)
    let wholeBefore = false
    portions.forEach(({ share, whole }, i) => {
      if (whole !== wholeBefore) addTotals(changes[i]!, breakdown, whole ? 1 : -1)
      wholeBefore = whole
      if (!whole && share !== 0) addTotals(ownYear[i]!, breakdown, share)
    })
    for (const o of oneOffs) {
      const slot = ownYear[o.year - first]
      if (slot) slot.net += o.net
    }
    if (!temporary) addTotals(lasting, breakdown)
  }
  const running = empty()
  const years = model.planYears.map((year, i) => {
    addTotals(running, changes[i]!)
    const totals = empty()
    addTotals(totals, running)
    addTotals(totals, ownYear[i]!)
    const byMeasure = new Map<string, number>()
    for (const measure of selected) {
      const { breakdown, oneOffs, portions } = plan(measure, model.planYears)
      let net = breakdown.net * (portions[i]?.share ?? 0)
      for (const o of oneOffs) if (o.year === year) net += o.net
      byMeasure.set(measure.id, net)
    }
    return { year, totals, gap: target + totals.net, byMeasure }
  })
  return { years, lasting, gap: target + lasting.net }
}
