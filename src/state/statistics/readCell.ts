import { parseNumber } from '../../i18n/parseNumber'
import type { StatisticsCell } from './statisticsTable'

/** SSB's symbols for a value it does not give: not applicable, missing, not yet, confidential. */
const MISSING = new Set(['', '.', '..', '...', ':', 'x'])

/**
 * A value cell of a CSV export: a number with a decimal comma or point, one of SSB's symbols for
 * a missing value, or "-" (SSB's symbol for nil, exactly zero). Null when it is none of these.
 */
export function readCell(text: string): StatisticsCell | null {
  const trimmed = text.trim()
  if (MISSING.has(trimmed)) return { missing: trimmed }
  if (trimmed === '-') return { value: '0' }
  const parsed = parseNumber(trimmed)
  return parsed.ok ? { value: parsed.value } : null
}
