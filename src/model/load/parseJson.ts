import type { Problem } from '../problems'
import { jsonErrorOffset } from './jsonErrorOffset'

/** Parses JSON text; a syntax error becomes a problem that says on which line and column. */
export function parseJson(
  text: string,
): { ok: true; value: unknown } | { ok: false; problem: Problem } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch {
    const before = text.slice(0, jsonErrorOffset(text)).split('\n')
    return {
      ok: false,
      problem: { code: 'notJson', line: before.length, column: (before.at(-1)?.length ?? 0) + 1 },
    }
  }
}
