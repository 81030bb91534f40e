import { decodeUtf8 } from '../../model/load/decodeUtf8'
import { findMisEncoding } from './misEncoding'
import { readJsonStat } from './readJsonStat'
import { readSsbCsv } from './readSsbCsv'
import type { StatisticsRead } from './statisticsRead'
import type { StatisticsTable } from './statisticsTable'

/** A table of accounts by function for a few municipalities is far smaller than this. */
export const MAX_STATISTICS_MEGABYTES = 20

/**
 * A statistics file's bytes as a table: JSON-stat 2 when the text begins as JSON, otherwise
 * Statistikkbanken's semicolon CSV. Text must be UTF-8 (a byte-order mark is fine); bytes that are
 * not, or text that looks converted from Windows-1252 twice, are refused with where. Never throws.
 */
export async function readStatisticsFile(
  bytes: Uint8Array,
): Promise<StatisticsRead<StatisticsTable>> {
  const megabytes = Math.ceil(bytes.length / 1_000_000)
  if (bytes.length > MAX_STATISTICS_MEGABYTES * 1_000_000)
    return { ok: false, problem: { code: 'tooLarge', megabytes, limit: MAX_STATISTICS_MEGABYTES } }
  const decoded = decodeUtf8(bytes)
  if (!decoded.ok) {
    const { problem } = decoded
    const at = problem.code === 'notUtf8' ? problem : { line: 1, column: 1 }
    return { ok: false, problem: { code: 'notUtf8', line: at.line, column: at.column } }
  }
  const text = decoded.text
  if (text.trim() === '') return { ok: false, problem: { code: 'empty' } }
  const misEncoded = findMisEncoding(text)
  if (misEncoded) return { ok: false, problem: { code: 'misEncoded', ...misEncoded } }
  return /^\s*[{[]/.test(text) ? readJsonStat(text) : readSsbCsv(text)
}
