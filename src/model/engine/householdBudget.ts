import { dec, ONE, sum, ZERO, type Dec } from '../money/decimal'
import { own } from '../own'
import type { Household } from '../schema/baseline'

export interface BudgetLine {
  id: string
  label: string
  amount: Dec
}

/**
 * A household's monthly budget under one regime, with amount lines scaled by `factors` (1 − 10 %
 * for a rate cut, say). Tax is recomputed from the scaled lines it is levied on, so it is exact
 * where the source truncates. Lines that do not apply to the regime are left out.
 */
export function householdBudget(
  household: Household,
  regime: string,
  factors?: ReadonlyMap<string, Dec>,
): { lines: BudgetLine[]; disposable: Dec } {
  if (!factors) return unchangedBudget(household, regime)
  return budget(household, regime, factors)
}

// The budget before any measure depends only on the file, so it is worked out once per case.
const unchanged = new WeakMap<Household, Map<string, ReturnType<typeof budget>>>()

function unchangedBudget(household: Household, regime: string) {
  const byRegime = unchanged.get(household) ?? new Map<string, ReturnType<typeof budget>>()
  unchanged.set(household, byRegime)
  const known = byRegime.get(regime)
  if (known) return known
  const fresh = budget(household, regime, new Map())
  byRegime.set(regime, fresh)
  return fresh
}

function budget(
  household: Household,
  regime: string,
  factors: ReadonlyMap<string, Dec>,
): { lines: BudgetLine[]; disposable: Dec } {
  const amounts = new Map<string, Dec>()
  const lines: BudgetLine[] = []
  for (const line of household.lines) {
    if (line.kind === 'amount') {
      const given = own(line.amounts, regime)
      if (given === undefined) continue
      const amount = dec(given).times(factors.get(line.id) ?? ONE)
      amounts.set(line.id, amount)
      lines.push({ id: line.id, label: line.label, amount })
    } else if (line.regimes.includes(regime)) {
      const base = sum(line.base.map((id) => amounts.get(id) ?? ZERO))
      const amount = base.times(dec(line.rate)).negated()
      amounts.set(line.id, amount)
      lines.push({ id: line.id, label: line.label, amount })
    }
  }
  return { lines, disposable: sum(lines.map((line) => line.amount)) }
}
