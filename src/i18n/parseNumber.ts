import { toDecimalString, dec } from '../model/money/decimal'

export type ParsedNumber =
  { ok: true; value: string } | { ok: false; reason: 'notNumber' | 'ambiguous' }

/**
 * A number as a person types it, in Norwegian or English habits: "750 000", "0,8", "−10", "1.5".
 * Spaces (also no-break ones) group digits; a comma or a point marks decimals. "750.000" is refused
 * as ambiguous rather than read as 750.
 */
export function parseNumber(text: string): ParsedNumber {
  const compact = text
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/^[\u2212\u2013]/, '-')
  if (/^-?\d+\.\d{3}$/.test(compact) && !/^-?0\./.test(compact))
    return { ok: false, reason: 'ambiguous' }
  const normal = compact.replace(',', '.')
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(normal)) return { ok: false, reason: 'notNumber' }
  return { ok: true, value: toDecimalString(dec(normal.replace(/^\+/, ''))) }
}
