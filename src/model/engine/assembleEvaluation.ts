import { driverKinds } from '../drivers/registry'
import type { ValidModel } from '../load/validModel'
import { dec, toDecimalString, ZERO, type Dec } from '../money/decimal'
import { own } from '../own'
import type { Measure } from '../schema/measure'
import type { SelectionTotals } from './accumulate'
import type { Counted } from './countMeasures'
import { householdResults } from './householdResults'
import { partnershipResult } from './partnershipSplit'
import { emptyFigures, totalsOf } from './figures'
import type { AgainstTarget, Evaluation, Totals, YearResult } from './types'

// The partnership's split and the household cases are worked out when first read, and once: a
// switch's headline figures do not wait for tables that are shown after them. Both rest only on
// this evaluation's own figures, never on the totals the evaluator goes on to change.
function once<T>(compute: () => T): () => T {
  let known: { value: T } | undefined
  return () => (known ??= { value: compute() }).value
}

function againstTarget(totals: Totals, target: Dec): AgainstTarget {
  const saving = totals.net.negated()
  return { saving, gap: target.minus(saving), meetsTarget: saving.gte(target) }
}

/**
 * The evaluation of the measures counted, from their totals however these were summed: each
 * year's and the lasting figures against the target, each measure's share, the partnership's
 * split, the household cases and the problems. The totals are read at once, never kept.
 */
export function assembleEvaluation(
  model: ValidModel,
  { counted, excluded, problems: found }: Counted,
  totals: SelectionTotals,
): Evaluation {
  const problems = [...found]
  const target = dec(model.target.lasting)
  const measures = counted.map((c) => c.result)
  const years: YearResult[] = model.planYears.map((year, i) => {
    const yearTotals = totalsOf(totals.years[i] ?? emptyFigures())
    // A plan year may have a savings requirement of its own; else the lasting target holds.
    const yearTarget = dec(own(model.target.byYear, String(year)) ?? model.target.lasting)
    const against = againstTarget(yearTotals, yearTarget)
    return { year, ...yearTotals, target: yearTarget, ...against }
  })

  const lasting = totalsOf(totals.lasting)
  const lastingResult = { ...lasting, ...againstTarget(lasting, target) }
  const metWhileTemporary = years.filter((y) => y.saving.gte(target)).map((y) => y.year)
  if (!lastingResult.meetsTarget && metWhileTemporary.length > 0) {
    problems.push({
      code: 'targetMetOnlyWhileTemporary',
      years: metWhileTemporary,
      lastingGap: toDecimalString(lastingResult.gap),
    })
  }

  // Few measures change a household's budget: only those are looked at, not every one counted.
  const withHouseholdEffects = counted.filter((c) => c.plan.measure.householdEffects)
  const planOf = new Map(withHouseholdEffects.map((c) => [c.plan.measure.id, c.plan]))
  // The change a household line follows is the driver's input in the household-rate role.
  const rateChange = (measure: Measure, driverId: string) => {
    const result = planOf.get(measure.id)?.drivers.find((d) => d.driver.id === driverId)
    const role = result && driverKinds[result.driver.kind]?.roles?.householdRate
    return (role === undefined ? undefined : own(result?.inputs, role)) ?? ZERO
  }

  const partnership = model.partnership
  const evaluation: Evaluation = {
    target,
    selection: measures.map((m) => m.id),
    excluded,
    years,
    lasting: lastingResult,
    measures,
    get households() {
      return households()
    },
    problems,
  }
  const households = once(() =>
    householdResults(
      model.households ?? [],
      withHouseholdEffects.map((c) => c.plan.measure),
      rateChange,
    ),
  )
  if (partnership) {
    const split = once(() => partnershipResult(partnership, years, lastingResult))
    Object.defineProperty(evaluation, 'partnership', { enumerable: true, get: split })
  }
  return evaluation
}
