import { ZERO, type Dec } from '../money/decimal'
import type { Totals } from './types'

/**
 * Totals as one flat map, the form sums are built in: gross, income and staff-years under their
 * names and each breakdown entry under its breakdown and key ("byFunction:213"). A sum of a
 * thousand measures is then a loop over short lists of entries, with no objects spread or records
 * walked per measure. Net is not summed: it is gross + income in every part, so in every sum.
 */
export type Figures = Map<string, Dec>

export const emptyFigures = (): Figures => new Map()

/** A measure's figures as the list of entries a sum adds, zeros left out. */
export type Entries = readonly (readonly [string, Dec])[]

/** Adding (1) or taking off (-1): a measure switched on or off, a run of whole years begun or ended. */
export type Sign = 1 | -1

const FLOWS = ['gross', 'income', 'staffYears'] as const
const BREAKDOWNS = ['byFunction', 'byTheme', 'staffYearsByUnit'] as const
type Breakdown = (typeof BREAKDOWNS)[number]

const SEPARATOR = ':'

export function entriesOf(totals: Totals): Entries {
  const entries: [string, Dec][] = []
  for (const flow of FLOWS) if (!totals[flow].isZero()) entries.push([flow, totals[flow]])
  for (const breakdown of BREAKDOWNS) {
    for (const [key, value] of Object.entries(totals[breakdown])) {
      if (!value.isZero()) entries.push([breakdown + SEPARATOR + key, value])
    }
  }
  return entries
}

/** Adds entries into figures, or takes them off. Exact: the order of additions does not matter. */
export function addEntries(
  into: Figures,
  entries: Iterable<readonly [string, Dec]>,
  sign: Sign,
): void {
  for (const [key, value] of entries) {
    const before = into.get(key)
    if (before === undefined) into.set(key, sign === 1 ? value : value.negated())
    else into.set(key, sign === 1 ? before.plus(value) : before.minus(value))
  }
}

/** The totals figures add up to, breakdown entries that came to exactly zero left out. */
export function totalsOf(figures: Figures): Totals {
  const records: Record<Breakdown, Record<string, Dec>> = {
    byFunction: {},
    byTheme: {},
    staffYearsByUnit: {},
  }
  // In the order of their names, so that totals summed afresh and totals switched measure by
  // measure come out the same to the last key.
  const names = [...figures.keys()].sort()
  for (const name of names) {
    const value = figures.get(name) ?? ZERO
    const at = name.indexOf(SEPARATOR)
    if (at === -1 || value.isZero()) continue
    const breakdown = BREAKDOWNS.find((b) => b === name.slice(0, at))
    if (breakdown) records[breakdown][name.slice(at + 1)] = value
  }
  const gross = figures.get('gross') ?? ZERO
  const income = figures.get('income') ?? ZERO
  return {
    net: gross.plus(income),
    gross,
    income,
    staffYears: figures.get('staffYears') ?? ZERO,
    ...records,
  }
}
