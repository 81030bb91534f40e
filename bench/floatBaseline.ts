import type { Driver } from '../src/model/drivers/driverKind'
import type { ValidModel } from '../src/model/load/validModel'
import type { Measure } from '../src/model/schema/measure'

// The engine's arithmetic in plain floating point, for the benchmark only: the same formulas, the
// same per-measure plans, the same running sums over the plan years, but numbers in place of
// decimals. Its results are not exact; its time is the baseline that shows what
// exactness costs.

type Inputs = Record<string, number>
interface Effect {
  gross: number
  income: number
  staffYears: number
  onlyInYear?: number
}

const formulas: Record<string, (i: Inputs, d: Driver) => Effect> = {
  staffYears: (i) => ({
    gross: i['staffYearsChange']! * i['costPerStaffYear']!,
    income: 0,
    staffYears: i['staffYearsChange']!,
  }),
  refundedSpending: (i) => ({
    gross: i['grossChange']!,
    income: -(i['grossChange']! * i['refundRate']!),
    staffYears: i['staffYearsChange'] ?? 0,
  }),
  settlement: (i) => ({
    gross: i['settledChange']! * (i['ownSharePerPerson'] ?? 0),
    income: -(i['settledChange']! * i['grantPerPerson']!),
    staffYears: 0,
  }),
  percentOfBase: (i) => ({
    gross: (i['affectedBase'] ?? i['base']!) * i['rateChange']!,
    income: 0,
    staffYears: 0,
  }),
  fixedAmount: (i, d) =>
    d.side === 'income'
      ? { gross: 0, income: i['amount']!, staffYears: 0 }
      : { gross: i['amount']!, income: 0, staffYears: 0 },
  oneOff: (i, d) => ({ ...formulas['fixedAmount']!(i, d), onlyInYear: i['year']! }),
  noMonetaryEffect: () => ({ gross: 0, income: 0, staffYears: 0 }),
}

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

const plans = new WeakMap<
  Measure,
  { breakdown: Totals; oneOffs: { year: number; net: number }[] }
>()
function plan(measure: Measure) {
  const known = plans.get(measure)
  if (known) return known
  const breakdown = empty()
  const oneOffs: { year: number; net: number }[] = []
  for (const driver of measure.drivers) {
    const inputs = Object.fromEntries(Object.entries(driver.inputs).map(([k, v]) => [k, Number(v)]))
    const e = formulas[driver.kind]!(inputs, driver)
    if (e.onlyInYear !== undefined) {
      oneOffs.push({ year: e.onlyInYear, net: e.gross + e.income })
      continue
    }
    breakdown.net += e.gross + e.income
    breakdown.gross += e.gross
    breakdown.income += e.income
    breakdown.staffYears += e.staffYears
    addTo(breakdown.byFunction, driver.function, e.gross)
    addTo(breakdown.byFunction, driver.incomeFunction ?? driver.function, e.income)
    addTo(breakdown.byTheme, measure.theme, e.gross + e.income)
    addTo(breakdown.byUnit, driver.unit, e.staffYears)
  }
  const fresh = { breakdown, oneOffs }
  plans.set(measure, fresh)
  return fresh
}

function factor(timing: Measure['timing'], year: number, first: number): number {
  const start = timing?.firstYear ?? first
  if (year < start || (timing?.lastYear !== undefined && year > timing.lastYear)) return 0
  return year === start && timing?.firstYearShare !== undefined ? Number(timing.firstYearShare) : 1
}

export function floatEvaluate(model: ValidModel, selection: readonly string[]) {
  const chosen = new Set(selection)
  const first = model.planYears[0] ?? model.baseYear + 1
  const count = model.planYears.length
  const target = Number(model.target.annualReduction)
  const selected = model.measures.filter((m) => chosen.has(m.id))
  const changes = model.planYears.map(() => empty())
  const ownYear = model.planYears.map(() => empty())
  const lasting = empty()
  for (const measure of selected) {
    const { breakdown, oneOffs } = plan(measure)
    const { firstYear = first, lastYear, firstYearShare } = measure.timing ?? {}
    const fullFrom = Math.max(firstYearShare === undefined ? firstYear : firstYear + 1, first)
    const fullUntil = lastYear === undefined ? first + count : lastYear + 1
    if (fullFrom < fullUntil && fullFrom < first + count) {
      addTotals(changes[fullFrom - first]!, breakdown)
      const end = changes[fullUntil - first]
      if (end) addTotals(end, breakdown, -1)
    }
    if (firstYearShare !== undefined && firstYear >= first && firstYear < first + count) {
      addTotals(ownYear[firstYear - first]!, breakdown, Number(firstYearShare))
    }
    for (const o of oneOffs) {
      const slot = ownYear[o.year - first]
      if (slot) slot.net += o.net
    }
    if (lastYear === undefined) addTotals(lasting, breakdown)
  }
  const running = empty()
  const years = model.planYears.map((year, i) => {
    addTotals(running, changes[i]!)
    const totals = empty()
    addTotals(totals, running)
    addTotals(totals, ownYear[i]!)
    const byMeasure = new Map<string, number>()
    for (const measure of selected) {
      const { breakdown, oneOffs } = plan(measure)
      let net = breakdown.net * factor(measure.timing, year, first)
      for (const o of oneOffs) if (o.year === year) net += o.net
      byMeasure.set(measure.id, net)
    }
    return { year, totals, gap: target + totals.net, byMeasure }
  })
  return { years, lasting, gap: target + lasting.net }
}
