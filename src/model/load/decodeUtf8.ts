import type { Problem } from '../problems'

export type Utf8Read = { ok: true; text: string } | { ok: false; problem: Problem }

/** Code units are turned into a string this many at a time, well inside any argument limit. */
const CHUNK = 8192

/**
 * A file's bytes as text. A leading byte-order mark is dropped; bytes that are not UTF-8 (a file
 * saved as Latin-1 or UTF-16, a truncated or overlong sequence, an encoded surrogate) are refused
 * with the line and column where they are, rather than silently replaced by "�". Never throws.
 */
export function decodeUtf8(bytes: Uint8Array): Utf8Read {
  const units = new Uint16Array(bytes.length)
  let length = 0
  let line = 1
  let lineStart = 0
  const refuse = (): Utf8Read => ({
    ok: false,
    problem: { code: 'notUtf8', line, column: length - lineStart + 1 },
  })
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  while (i < bytes.length) {
    const first = bytes[i] ?? 0
    if (first < 0x80) {
      units[length++] = first
      if (first === 0x0a) {
        line++
        lineStart = length
      }
      i++
      continue
    }
    const sequence = SEQUENCES.find((s) => first >= s.from && first <= s.to)
    if (!sequence) return refuse()
    let codePoint = first & sequence.mask
    for (let k = 1; k <= sequence.continuation; k++) {
      const next = bytes[i + k]
      if (next === undefined || (next & 0xc0) !== 0x80) return refuse()
      codePoint = (codePoint << 6) | (next & 0x3f)
    }
    if (codePoint < sequence.least || codePoint > 0x10ffff) return refuse()
    if (codePoint >= 0xd800 && codePoint <= 0xdfff) return refuse()
    if (codePoint >= 0x10000) {
      units[length++] = 0xd800 + ((codePoint - 0x10000) >> 10)
      units[length++] = 0xdc00 + ((codePoint - 0x10000) & 0x3ff)
    } else units[length++] = codePoint
    i += sequence.continuation + 1
  }
  const parts: string[] = []
  for (let at = 0; at < length; at += CHUNK) {
    parts.push(String.fromCharCode(...units.subarray(at, Math.min(at + CHUNK, length))))
  }
  return { ok: true, text: parts.join('') }
}

/**
 * Lead bytes of multi-byte sequences: their range, the bits they carry, and the smallest code point
 * each length may encode (anything smaller is an overlong encoding, refused).
 */
const SEQUENCES = [
  { from: 0xc2, to: 0xdf, mask: 0x1f, continuation: 1, least: 0x80 },
  { from: 0xe0, to: 0xef, mask: 0x0f, continuation: 2, least: 0x800 },
  { from: 0xf0, to: 0xf4, mask: 0x07, continuation: 3, least: 0x10000 },
] as const
