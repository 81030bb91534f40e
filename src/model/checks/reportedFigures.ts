import { measurePlan } from '../engine/measurePlan'
import { householdBudget } from '../engine/householdBudget'
import { partnershipSplit } from '../engine/partnershipSplit'
import { dec, sum, toDecimalString, ZERO, type Dec } from '../money/decimal'
import { agreesAtStep } from '../money/rounding'
import { own } from '../own'
import type { Path, Problem } from '../problems'
import type { ReportedFigure } from '../schema/common'
import type { ModelFile } from '../schema/modelFile'

type Warn = (path: Path, reported: Dec, computed: Dec, step: Dec, note?: string) => void

/** The step a printed decimal was rounded to, read from its decimals: "0.653" → 0.001. */
const stepOf = (printed: string): Dec => dec(10).pow(-(printed.split('.')[1]?.length ?? 0))

const EXACT = dec(0)

/**
 * Where the source prints a figure that its own lines or drivers do not give, keep both and say
 * so. Totals of tables must match exactly; figures rounded in print must match at their step.
 */
export function reportedFigureWarnings(model: ModelFile): Problem[] {
  const problems: Problem[] = []
  const warn: Warn = (path, reported, computed, step, note) => {
    const agrees = step.isZero()
      ? computed.equals(reported)
      : agreesAtStep(computed, reported, step)
    if (agrees) return
    problems.push({
      code: 'reportedMismatch',
      path,
      reported: toDecimalString(reported),
      computed: toDecimalString(computed),
      difference: toDecimalString(computed.minus(reported)),
      ...(note !== undefined && { note }),
    })
  }
  const figure = (path: Path, printed: ReportedFigure, computed: Dec) =>
    warn(path, dec(printed.amount), computed, dec(printed.precision), printed.note)

  model.accounts?.forEach((account, a) => {
    for (const year of account.years) {
      const computed = sum(account.lines.map((line) => dec(own(line.amounts, `${year}`) ?? '0')))
      const printed = dec(own(account.reportedTotals, `${year}`) ?? '0')
      warn(['accounts', a, 'reportedTotals', year], printed, computed, EXACT, account.note)
    }
  })

  const grants = model.grants
  if (grants) {
    const total = sum(grants.lines.map((line) => dec(line.amount)))
    warn(['grants', 'reportedTotal'], dec(grants.reportedTotal), total, EXACT, grants.note)
    for (const [category, printed] of Object.entries(grants.reportedByCategory ?? {})) {
      const lines = grants.lines.filter((line) => line.category === category)
      const computed = sum(lines.map((line) => dec(line.amount)))
      warn(['grants', 'reportedByCategory', category], dec(printed), computed, EXACT, grants.note)
    }
  }

  const settlement = model.settlement
  if (settlement) {
    for (const year of settlement.years) {
      const computed = sum(settlement.categories.map((c) => dec(own(c.counts, `${year}`) ?? '0')))
      const printed = dec(own(settlement.reportedTotals, `${year}`) ?? '0')
      warn(['settlement', 'reportedTotals', year], printed, computed, EXACT, settlement.note)
    }
  }

  const partnership = model.partnership
  if (partnership) {
    const split = partnershipSplit(partnership, ZERO)
    partnership.keys.forEach((key, k) => {
      for (const [partner, printed] of Object.entries(key.reportedShares ?? {})) {
        const computed = own(split.keys[k]?.partners, partner)?.share ?? ZERO
        const path = ['partnership', 'keys', k, 'reportedShares', partner]
        warn(path, dec(printed), computed, stepOf(printed), partnership.note)
      }
    })
  }

  model.households?.forEach((household, h) => {
    const one = dec(1)
    for (const regime of household.regimes) {
      const budget = householdBudget(household, regime.id)
      household.lines.forEach((line, l) => {
        const printed = line.kind === 'tax' ? own(line.reported, regime.id) : undefined
        const computed = budget.lines.find((b) => b.id === line.id)?.amount
        if (printed === undefined || computed === undefined) return
        const path = ['households', h, 'lines', l, 'reported', regime.id]
        warn(path, dec(printed), computed, one, household.note)
      })
      const printed = own(household.reportedDisposable, regime.id)
      if (printed === undefined) continue
      const path = ['households', h, 'reportedDisposable', regime.id]
      warn(path, dec(printed), budget.disposable, one, household.note)
    }
  })

  const annualNet = new Map(
    model.measures.map((measure) => [measure.id, measurePlan(measure, new Map()).annual.net]),
  )
  model.measures.forEach((measure, m) => {
    if (measure.reported) {
      figure(['measures', m, 'reported'], measure.reported, annualNet.get(measure.id) ?? ZERO)
    }
  })
  model.packages?.forEach((pkg, p) => {
    if (!pkg.reported) return
    const inPackage = model.measures.filter((m) => pkg.measures.includes(m.id))
    const netOf = (measures: typeof inPackage) =>
      sum(measures.map((m) => annualNet.get(m.id) ?? ZERO))
    figure(['packages', p, 'reported', 'total'], pkg.reported.total, netOf(inPackage))
    for (const [theme, printed] of Object.entries(pkg.reported.byTheme ?? {})) {
      const computed = netOf(inPackage.filter((m) => m.theme === theme))
      figure(['packages', p, 'reported', 'byTheme', theme], printed, computed)
    }
  })
  return problems
}
