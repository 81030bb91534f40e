import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { problemText } from '../../src/i18n/problemText'
import { decodeUtf8 } from '../../src/model/load/decodeUtf8'
import { propertyRuns } from '../builders/fastCheck'

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(
    parts.flatMap((part) =>
      typeof part === 'string' ? [...new TextEncoder().encode(part)] : part,
    ),
  )

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })
/** The text a strict decoder reads from the bytes, or null where it refuses them. */
const strictly = (input: Uint8Array): string | null => {
  try {
    return strict.decode(input)
  } catch {
    return null
  }
}
const readAs = (input: Uint8Array): string | null => {
  const read = decodeUtf8(input)
  return read.ok ? read.text : null
}

describe('reading a file’s bytes as UTF-8', () => {
  it.each([
    ['plain ASCII', bytes('{"a": 1}'), '{"a": 1}'],
    ['Norwegian letters', bytes('Vestvågøy – «Ærlig»'), 'Vestvågøy – «Ærlig»'],
    ['a character outside the BMP', bytes('😀 ok'), '😀 ok'],
    ['a byte-order mark, dropped', bytes([0xef, 0xbb, 0xbf], '{}'), '{}'],
    ['an empty file', bytes(), ''],
  ])('reads %s', (_, input, text) => {
    expect(decodeUtf8(input)).toEqual({ ok: true, text })
  })

  it.each([
    ['a Latin-1 "å"', bytes('{\n  "name": "Vestv', [0xe5], 'g"'), 2, 17],
    ['a lone continuation byte', bytes('ab', [0x80]), 1, 3],
    ['an overlong "/"', bytes([0xc0, 0xaf]), 1, 1],
    ['an overlong three-byte sequence', bytes('x', [0xe0, 0x80, 0xaf]), 1, 2],
    ['an encoded surrogate', bytes([0xed, 0xa0, 0x80]), 1, 1],
    ['a code point above U+10FFFF', bytes([0xf4, 0x90, 0x80, 0x80]), 1, 1],
    ['a sequence cut short at the end', bytes('ø', [0xc3]), 1, 2],
    ['UTF-16 with its byte-order mark', bytes([0xff, 0xfe, 0x7b, 0x00]), 1, 1],
  ])('refuses %s, saying where', (_, input, line, column) => {
    const read = decodeUtf8(input)
    expect(read).toEqual({ ok: false, problem: { code: 'notUtf8', line, column } })
    if (!read.ok) {
      expect(problemText(read.problem, 'nb')).toBe(
        `Filen er ikke lagret som UTF-8: ugyldige byte på linje ${line}, kolonne ${column}. Lagre den som UTF-8 og prøv igjen.`,
      )
    }
  })

  it('gives back any text exactly', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(decodeUtf8(new TextEncoder().encode(text))).toEqual({ ok: true, text })
      }),
      propertyRuns(1000),
    )
  })

  it('accepts exactly the bytes a strict UTF-8 decoder accepts, and reads them the same', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (input) => {
        expect(readAs(input)).toBe(strictly(input))
      }),
      propertyRuns(5000),
    )
  })

  // Random bytes seldom make a sequence near a limit: these are built to, valid or not.
  it('agrees with a strict decoder at every limit: lengths, overlong forms, surrogates, the last code point', () => {
    // A code point in `length` bytes, whether or not UTF-8 allows that.
    const encoded = (codePoint: number, length: number): number[] => {
      if (length === 1) return [codePoint & 0x7f]
      const lead = [0, 0, 0xc0, 0xe0, 0xf0][length] ?? 0xf0
      const tail = Array.from(
        { length: length - 1 },
        (_, k) => 0x80 | ((codePoint >> (6 * (length - 2 - k))) & 0x3f),
      )
      return [lead | (codePoint >> (6 * (length - 1))), ...tail]
    }
    const limits = [
      0, 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xfeff, 0xffff,
      0x10000, 0x10ffff, 0x110000, 0x1fffff,
    ]
    const piece = fc.oneof(
      fc
        .tuple(
          fc.oneof(fc.constantFrom(...limits), fc.integer({ min: 0, max: 0x1fffff })),
          fc.integer({ min: 1, max: 4 }),
          fc.boolean(),
        )
        .map(([codePoint, length, cut]) => {
          const all = encoded(codePoint, length)
          return cut && all.length > 1 ? all.slice(0, -1) : all
        }),
      fc.integer({ min: 0, max: 255 }).map((byte) => [byte]),
      fc.constant([0xef, 0xbb, 0xbf]),
      fc.constant([0x0a]),
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const input = Uint8Array.from(pieces.flat())
        expect(readAs(input)).toBe(strictly(input))
      }),
      propertyRuns(5000),
    )
  })

  it('reads a file of several megabytes whole, past the chunks it builds text in', () => {
    const line = '{"x": "Vestvågøy", "y": [1, 2, 3]}\n'
    const large = new TextEncoder().encode(line.repeat(100_000))
    const read = decodeUtf8(large)
    expect(read.ok && read.text.length).toBe(line.length * 100_000)
    expect(read.ok && read.text.endsWith(`Vestvågøy", "y": [1, 2, 3]}\n`)).toBe(true)
  })
})
