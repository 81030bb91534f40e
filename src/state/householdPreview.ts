import { householdBudget } from '../model/engine/householdBudget'
import { isDecimalString, toDecimalString } from '../model/money/decimal'
import type { Household, HouseholdLine } from '../model/schema/baseline'
import { fieldOf, isObject, objectsIn } from './draftParts'

/** A household's budget under one regime as the editor shows it: NOK a month, decimal strings. */
export interface RegimePreview {
  id: string
  /** Each line that applies to the regime, by line id: a tax line's amount is computed. */
  lines: ReadonlyMap<string, string>
  /** Income after tax and housing costs; null while a value it needs is not a number. */
  disposable: string | null
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []

const decimals = (value: unknown): Record<string, string> =>
  Object.fromEntries(
    Object.entries(isObject(value) ? value : {}).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  )

interface ReadLine {
  line: HouseholdLine
  /** Whether the line's value under a regime is a number (or the line has none there). */
  readable: (regime: string) => boolean
}

/** The lines of a draft household as far as they can be read. */
function readLines(value: unknown): ReadLine[] {
  return objectsIn(fieldOf(value, 'lines')).flatMap((line): ReadLine[] => {
    const id = typeof line.id === 'string' ? line.id : ''
    const label = ''
    if (line.kind === 'amount') {
      const amounts = decimals(line.amounts)
      return [
        {
          line: { kind: 'amount', id, label, amounts },
          readable: (regime: string) =>
            !Object.hasOwn(amounts, regime) || isDecimalString(amounts[regime] ?? ''),
        },
      ]
    }
    if (line.kind !== 'tax') return []
    const rate = typeof line.rate === 'string' && isDecimalString(line.rate) ? line.rate : null
    const regimes = strings(line.regimes)
    return [
      {
        line: { kind: 'tax', id, label, rate: rate ?? '0', base: strings(line.base), regimes },
        readable: (regime: string) => rate !== null || !regimes.includes(regime),
      },
    ]
  })
}

function compute(value: unknown): RegimePreview[] {
  const lines = readLines(value)
  const regimes = objectsIn(fieldOf(value, 'regimes'))
    .map((regime) => regime.id)
    .filter((id): id is string => typeof id === 'string')
  const household: Household = {
    id: '',
    title: '',
    regimes: regimes.map((id) => ({ id, label: '' })),
    lines: lines.map((l) => l.line),
    reportedDisposable: {},
  }
  return regimes.map((id) => {
    if (!lines.every((l) => l.readable(id))) return { id, lines: new Map(), disposable: null }
    const budget = householdBudget(household, id, new Map())
    return {
      id,
      lines: new Map(budget.lines.map((line) => [line.id, toDecimalString(line.amount)])),
      disposable: toDecimalString(budget.disposable),
    }
  })
}

const previews = new WeakMap<object, RegimePreview[]>()

/**
 * The monthly budget of a household case being edited, per regime, worked out by the engine from
 * what can be read of the draft: a regime whose amounts or tax rate are still being typed has no
 * disposable income yet, the others do. Never throws; memoised on the household's identity.
 */
export function householdPreview(household: unknown): RegimePreview[] {
  if (!isObject(household)) return []
  let preview = previews.get(household)
  if (!preview) {
    preview = compute(household)
    previews.set(household, preview)
  }
  return preview
}
