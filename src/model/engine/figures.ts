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

interface BreakdownNames {
  /** How many names the figures had: they only ever gain names, so as many means the same. */
  size: number
  /** The breakdown entries' names, sorted, each split into its breakdown and key. */
  entries: readonly { name: string; breakdown: Breakdown; key: string }[]
}

// A switch keeps nearly every name its totals had: they are sorted and split again only when their
// number changes, not for every year of every switch.
const namesOf = new WeakMap<Figures, BreakdownNames>()

function breakdownNames(figures: Figures): BreakdownNames['entries'] {
  const known = namesOf.get(figures)
  if (known?.size === figures.size) return known.entries
  // In the order of their names, so that totals summed afresh and totals switched measure by
  // measure come out the same to the last key.
  const entries = [...figures.keys()].sort().flatMap((name) => {
    const at = name.indexOf(SEPARATOR)
    const breakdown = BREAKDOWNS.find((b) => b === name.slice(0, at))
    return breakdown ? [{ name, breakdown, key: name.slice(at + 1) }] : []
  })
  namesOf.set(figures, { size: figures.size, entries })
  return entries
}

/** The totals figures add up to, breakdown entries that came to exactly zero left out. */
export function totalsOf(figures: Figures): Totals {
  const records: Record<Breakdown, Record<string, Dec>> = {
    byFunction: {},
    byTheme: {},
    staffYearsByUnit: {},
  }
  for (const { name, breakdown, key } of breakdownNames(figures)) {
    const value = figures.get(name) ?? ZERO
    if (!value.isZero()) records[breakdown][key] = value
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
