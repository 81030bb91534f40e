import type { StatisticsDimension } from '../../i18n/model/statistics'
import type { LineSide, StatisticsCategory } from './statisticsTable'

/**
 * Which of the dimensions an account import needs a column or dimension is, read from its id or
 * heading as Statistikkbanken writes them: «region» / KOKkommuneregion0000, «funksjon» /
 * KOKfunksjon0000, «år» / Tid.
 */
export function dimensionOf(...names: string[]): StatisticsDimension | null {
  const is = (pattern: RegExp) => names.some((name) => pattern.test(name.trim()))
  if (is(/^(region|kommune|municipality|KOK\w*region\w*)$/i)) return 'region'
  if (is(/^(funksjon|function|KOKfunksjon\w*)$/i)) return 'function'
  if (is(/^(tid|år|year|time)$/i)) return 'year'
  return null
}

/** A KOSTRA function has a three-digit code; groups such as FGK12 are not account lines. */
export const isKostraCode = (code: string) => /^\d{3}$/.test(code)

/** "2024" as a year; anything else is not one. */
export function yearOf(text: string): number | null {
  const trimmed = text.trim()
  return /^\d{4}$/.test(trimmed) ? Number(trimmed) : null
}

/**
 * A cell as Statistikkbanken writes it with codes and text, "1860 Vestvågøy" or "242 Råd, …": the
 * code is the first word when it has a digit in it. A cell with text only is its own code.
 */
export function splitCoded(text: string): StatisticsCategory {
  const trimmed = text.trim()
  const match = /^(\S*\d\S*)\s+(.+)$/.exec(trimmed)
  return match?.[1] && match[2]
    ? { code: match[1], name: match[2] }
    : { code: trimmed, name: trimmed }
}

/** A category's name without the code some labels begin with ("242 Råd …" → "Råd …"). */
export function nameWithoutCode(code: string, label: string): string {
  const trimmed = label.trim()
  return trimmed.startsWith(`${code} `) ? trimmed.slice(code.length + 1).trim() : trimmed
}

/**
 * What turns a variable's unit into kroner, from its words: «Beløp (1000 kr)» → 1000, «kroner» → 1.
 * Shares, counts and amounts per inhabitant are not accounts: null.
 */
export function scaleOf(text: string): 1000 | 1 | null {
  if (/\bper\b|\bpr\.|prosent|%|andel/i.test(text)) return null
  if (/1[\s\u00a0]?000[\s\u00a0]*(kr|kroner|nok)\b/i.test(text)) return 1000
  if (/\b(kr|kroner|nok)\b/i.test(text)) return 1
  return null
}

/** The side a variable's figures belong on, guessed from its words; the user may change it. */
export function sideOf(label: string): LineSide {
  if (/inntekt|income|revenue/i.test(label)) return 'income'
  if (/netto|\bnet\b/i.test(label)) return 'net'
  if (/utgift|expenditure|expense/i.test(label)) return 'expenditure'
  return 'net'
}
