import { measurePlan } from '../engine/measurePlan'
import { householdBudget } from '../engine/householdBudget'
import { partnershipSplit } from '../engine/partnershipSplit'
import { dec, sum, toDecimalString, ZERO, type Dec } from '../money/decimal'
import { agreesAtStep } from '../money/rounding'
import { own } from '../own'
import type { ComputedFrom, Path, Problem, Quantity } from '../problems'
import type { ReportedFigure } from '../schema/common'
import type { ModelFile } from '../schema/modelFile'

interface Figure {
  path: Path
  quantity: Quantity
  computedFrom: ComputedFrom
  reported: Dec
  computed: Dec
  /** The step the source rounded to; zero when the figure must match exactly. */
  step: Dec
  note?: string | undefined
}

/** The step a printed decimal was rounded to, read from its decimals: "0.653" → 0.001. */
const stepOf = (printed: string): Dec => dec(10).pow(-(printed.split('.')[1]?.length ?? 0))

const EXACT = dec(0)

/**
 * Where the source prints a figure that its own lines or drivers do not give, keep both and say
 * so. Totals of tables must match exactly; figures rounded in print must match at their step.
 */
export function reportedFigureWarnings(model: ModelFile): Problem[] {
  const problems: Problem[] = []
  const warn = ({ path, quantity, computedFrom, reported, computed, step, note }: Figure) => {
    const agrees = step.isZero()
      ? computed.equals(reported)
      : agreesAtStep(computed, reported, step)
    if (agrees) return
    problems.push({
      code: 'reportedMismatch',
      path,
      quantity,
      computedFrom,
      reported: toDecimalString(reported),
      computed: toDecimalString(computed),
      difference: toDecimalString(computed.minus(reported)),
      ...(note !== undefined && { note }),
    })
  }
  const figure = (path: Path, printed: ReportedFigure, computed: Dec, computedFrom: ComputedFrom) =>
    warn({
      path,
      quantity: 'amount',
      computedFrom,
      reported: dec(printed.amount),
      computed,
      step: dec(printed.precision),
      note: printed.note,
    })

  model.accounts?.forEach((account, a) => {
    for (const year of account.years) {
      const computed = sum(account.lines.map((line) => dec(own(line.amounts, `${year}`) ?? '0')))
      warn({
        path: ['accounts', a, 'reportedTotals', String(year)],
        quantity: 'amount',
        computedFrom: 'lines',
        reported: dec(own(account.reportedTotals, `${year}`) ?? '0'),
        computed,
        step: EXACT,
        note: account.note,
      })
    }
  })

  const grants = model.grants
  if (grants) {
    const total = sum(grants.lines.map((line) => dec(line.amount)))
    const grant = {
      quantity: 'amount',
      computedFrom: 'lines',
      step: EXACT,
      note: grants.note,
    } as const
    warn({
      ...grant,
      path: ['grants', 'reportedTotal'],
      reported: dec(grants.reportedTotal),
      computed: total,
    })
    for (const [category, printed] of Object.entries(grants.reportedByCategory ?? {})) {
      const lines = grants.lines.filter((line) => line.category === category)
      const computed = sum(lines.map((line) => dec(line.amount)))
      const path = ['grants', 'reportedByCategory', category]
      warn({ ...grant, path, reported: dec(printed), computed })
    }
  }

  const settlement = model.settlement
  if (settlement) {
    for (const year of settlement.years) {
      const computed = sum(settlement.categories.map((c) => dec(own(c.counts, `${year}`) ?? '0')))
      warn({
        path: ['settlement', 'reportedTotals', String(year)],
        quantity: 'persons',
        computedFrom: 'lines',
        reported: dec(own(settlement.reportedTotals, `${year}`) ?? '0'),
        computed,
        step: EXACT,
        note: settlement.note,
      })
    }
  }

  const partnership = model.partnership
  if (partnership) {
    const split = partnershipSplit(partnership, ZERO)
    partnership.keys.forEach((key, k) => {
      for (const [partner, printed] of Object.entries(key.reportedShares ?? {})) {
        const computed = own(split.keys[k]?.partners, partner)?.share ?? ZERO
        warn({
          path: ['partnership', 'keys', k, 'reportedShares', partner],
          quantity: 'share',
          computedFrom: 'calculation',
          reported: dec(printed),
          computed,
          step: stepOf(printed),
          note: partnership.note,
        })
      }
    })
  }

  model.households?.forEach((household, h) => {
    // Worked cases are monthly budgets printed in whole kroner.
    const month = { quantity: 'monthlyAmount', step: dec(1), note: household.note } as const
    for (const regime of household.regimes) {
      const budget = householdBudget(household, regime.id)
      household.lines.forEach((line, l) => {
        const printed = line.kind === 'tax' ? own(line.reported, regime.id) : undefined
        const computed = budget.lines.find((b) => b.id === line.id)?.amount
        if (printed === undefined || computed === undefined) return
        const path = ['households', h, 'lines', l, 'reported', regime.id]
        warn({ ...month, path, computedFrom: 'calculation', reported: dec(printed), computed })
      })
      const printed = own(household.reportedDisposable, regime.id)
      if (printed === undefined) continue
      const path = ['households', h, 'reportedDisposable', regime.id]
      const reported = dec(printed)
      warn({ ...month, path, computedFrom: 'lines', reported, computed: budget.disposable })
    }
  })

  const annualNet = new Map(
    model.measures.map((measure) => [
      measure.id,
      measurePlan(measure, new Map(), model.planYears).annual.net,
    ]),
  )
  model.measures.forEach((measure, m) => {
    if (measure.reported) {
      const computed = annualNet.get(measure.id) ?? ZERO
      figure(['measures', m, 'reported'], measure.reported, computed, 'calculation')
    }
  })
  model.packages?.forEach((pkg, p) => {
    if (!pkg.reported) return
    const inPackage = model.measures.filter((m) => pkg.measures.includes(m.id))
    const netOf = (measures: typeof inPackage) =>
      sum(measures.map((m) => annualNet.get(m.id) ?? ZERO))
    figure(['packages', p, 'reported', 'total'], pkg.reported.total, netOf(inPackage), 'measures')
    for (const [theme, printed] of Object.entries(pkg.reported.byTheme ?? {})) {
      const computed = netOf(inPackage.filter((m) => m.theme === theme))
      figure(['packages', p, 'reported', 'byTheme', theme], printed, computed, 'measures')
    }
  })
  return problems
}
