import type { Problem } from '../problems'
import { jsonErrorOffset } from './jsonErrorOffset'
import { tooDeepAt } from './jsonDepth'
import { textPosition } from './textPosition'

/**
 * How deeply arrays and objects may nest in a file. Model files nest 6 deep and scenarios 2;
 * the limit leaves room for any honest file and keeps recursive code far from the stack's end.
 */
export const MAX_JSON_DEPTH = 64

const BYTE_ORDER_MARK = '\uFEFF'

/**
 * Parses JSON text from a file, a link or storage, refusing before parsing what is too long or too
 * deeply nested; a leading byte-order mark is skipped. A syntax error becomes a problem that says
 * on which line and column. Never throws.
 */
export function parseJson(
  text: string,
  maxCharacters: number,
): { ok: true; value: unknown } | { ok: false; problem: Problem } {
  const json = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text
  if (json.length > maxCharacters) {
    return {
      ok: false,
      problem: { code: 'fileTooLarge', characters: json.length, limit: maxCharacters },
    }
  }
  const deep = tooDeepAt(json, MAX_JSON_DEPTH)
  if (deep !== null) {
    return {
      ok: false,
      problem: { code: 'tooDeep', limit: MAX_JSON_DEPTH, ...textPosition(json, deep) },
    }
  }
  try {
    return { ok: true, value: JSON.parse(json) as unknown }
  } catch {
    return { ok: false, problem: { code: 'notJson', ...textPosition(json, jsonErrorOffset(json)) } }
  }
}
