import type { Driver, DriverEffect } from '../drivers/driverKind'
import { driverKinds } from '../drivers/registry'
import { resolveInputs } from '../drivers/resolveInputs'
import { sum, type Dec } from '../money/decimal'
import type { Measure } from '../schema/measure'
import { isTemporary, yearPortions, type Portion } from './yearPortions'
import { addFlow, book, emptyFlow, emptyTotals } from './totals'
import type { Flow, Totals } from './types'

export interface DriverResult {
  driver: Driver
  inputs: Record<string, Dec>
  effect: DriverEffect
}

/** What a measure does in a full year, worked out once for its current overrides. */
export interface MeasurePlan {
  measure: Measure
  drivers: DriverResult[]
  /** The recurring drivers' full-year flow. */
  annual: Flow
  /** The same, broken down by function, theme and unit. */
  breakdown: Totals
  /** The recurring drivers' full-year flows, each booked on its own function, theme and unit:
   *  a part of a year is taken of each, so every total of a part year is the sum of its parts. */
  recurring: { driver: Driver; flow: Flow }[]
  /** One-off drivers, each in its own year. */
  oneOffs: { driver: Driver; year: number; flow: Flow }[]
  /** Net at the full potential, if any driver tells it apart. */
  potential?: Dec
  /** The portion of the full-year effect in each plan year. */
  portions: Portion[]
  temporary: boolean
}

const flowOf = (effect: DriverEffect): Flow => ({
  net: effect.gross.plus(effect.income),
  gross: effect.gross,
  income: effect.income,
  staffYears: effect.staffYears,
})

function plan(
  measure: Measure,
  overrides: ReadonlyMap<string, Record<string, string>>,
  planYears: readonly number[],
): MeasurePlan {
  const drivers = measure.drivers.flatMap((driver) => {
    const kind = driverKinds[driver.kind]
    if (!kind) return []
    const inputs = resolveInputs(kind, driver, overrides.get(`${measure.id}.${driver.id}`))
    return [{ driver, inputs, effect: kind.compute(inputs, driver) }]
  })
  const annual = emptyFlow()
  const breakdown = emptyTotals()
  const recurring: MeasurePlan['recurring'] = []
  const oneOffs: MeasurePlan['oneOffs'] = []
  for (const { driver, effect } of drivers) {
    if (effect.onlyInYear === undefined) {
      recurring.push({ driver, flow: flowOf(effect) })
      addFlow(annual, flowOf(effect))
      book(breakdown, driver, measure.theme, flowOf(effect))
    } else {
      oneOffs.push({ driver, year: effect.onlyInYear, flow: flowOf(effect) })
    }
  }
  const withRange = drivers.filter((d) => d.effect.onlyInYear === undefined)
  const potential = withRange.some((d) => d.effect.potential !== undefined)
    ? sum(withRange.map((d) => d.effect.potential ?? flowOf(d.effect).net))
    : undefined
  return {
    measure,
    drivers,
    annual,
    breakdown,
    recurring,
    oneOffs,
    ...(potential && { potential }),
    portions: yearPortions(measure.timing, planYears),
    temporary: isTemporary(measure.timing),
  }
}

// A measure's plan depends only on the measure and its own overrides, so switching other measures
// on and off reuses it.
const cache = new WeakMap<Measure, { signature: string; plan: MeasurePlan }>()

export function measurePlan(
  measure: Measure,
  overrides: ReadonlyMap<string, Record<string, string>>,
  planYears: readonly number[],
): MeasurePlan {
  const signature = [
    planYears.join(','),
    ...measure.drivers.map((driver) =>
      JSON.stringify(overrides.get(`${measure.id}.${driver.id}`) ?? null),
    ),
  ].join('|')
  const cached = cache.get(measure)
  if (cached?.signature === signature) return cached.plan
  const fresh = plan(measure, overrides, planYears)
  cache.set(measure, { signature, plan: fresh })
  return fresh
}
