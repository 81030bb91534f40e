import type { Dec } from '../money/decimal'
import type { Problem } from '../problems'

/** Overrides of driver inputs by key ("D.refund.refundRate"), as decimal strings. */
export type Overrides = Readonly<Record<string, string>>

/** A change in NOK per year and staff-years. Net = gross + income; negative net is a saving. */
export interface Flow {
  net: Dec
  gross: Dec
  income: Dec
  staffYears: Dec
}

/** A flow broken down the ways the municipality reports it. */
export interface Totals extends Flow {
  /** Net change by KOSTRA function code. */
  byFunction: Record<string, Dec>
  /** Net change by theme id. */
  byTheme: Record<string, Dec>
  /** Staff-years change by unit id. */
  staffYearsByUnit: Record<string, Dec>
}

/** Progress against the target, which is a positive amount of lasting annual reduction. */
export interface AgainstTarget {
  /** The reduction in net expenditure: `-net`. */
  saving: Dec
  /** What is still missing: `target - saving`; negative when the target is exceeded. */
  gap: Dec
  meetsTarget: boolean
}

export interface YearResult extends Totals, AgainstTarget {
  year: number
  /** The reduction this year must reach: its own requirement, or else the lasting target. */
  target: Dec
}

export interface MeasureResult {
  id: string
  /** The full-year effect of the recurring drivers, before any time profile. */
  annual: Flow
  /** The net effect if the whole potential were realised, where a driver tells it apart. */
  potential?: Dec
  /** What it adds to each plan year's totals, by year: the one place a measure's yearly figures are. */
  byYear: Record<string, Flow>
  /** What remains every year once the plan has run: zero for time-limited measures. */
  lasting: Flow
  temporary: boolean
}

export interface PartnerShare {
  count: Dec
  share: Dec
}

export interface PartnershipSplit {
  keys: { id: string; label: string; partners: Record<string, PartnerShare> }[]
}

export interface HouseholdRegimeResult {
  id: string
  label: string
  lines: { id: string; label: string; before: Dec; after: Dec }[]
  /** Monthly disposable income before and after the selected rate changes. */
  before: Dec
  after: Dec
  /** Measures that apply only in a situation (a waiting period, say), each on top of `after`. */
  situations: { measure: string; situation: string; disposable: Dec }[]
}

export interface HouseholdResult {
  id: string
  title: string
  regimes: HouseholdRegimeResult[]
}

export interface Evaluation {
  /** The lasting annual reduction the plan must reach, positive NOK; each year has its own. */
  target: Dec
  /** The measures counted, in the model's order. */
  selection: string[]
  /** Chosen measures not counted because they break a rule, in the model's order. */
  excluded: string[]
  years: YearResult[]
  lasting: Totals & AgainstTarget
  measures: MeasureResult[]
  partnership?: {
    before: PartnershipSplit
    byYear: Record<string, PartnershipSplit>
    lasting: PartnershipSplit
  }
  households: HouseholdResult[]
  /** Rule violations, bad overrides and warnings about the result; errors mean "refused". */
  problems: Problem[]
}
