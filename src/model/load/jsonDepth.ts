const BACKSLASH = 0x5c
const QUOTE = 0x22
const OPEN_ARRAY = 0x5b
const CLOSE_ARRAY = 0x5d
const OPEN_OBJECT = 0x7b
const CLOSE_OBJECT = 0x7d

/**
 * The offset where JSON text first nests deeper than `limit` arrays and objects, or null. One pass
 * with a counter, skipping strings, so no text is too deep or too long for it; it runs before
 * anything that walks the text or its value recursively.
 */
export function tooDeepAt(text: string, limit: number): number | null {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i)
    if (inString) {
      if (char === BACKSLASH) i++
      else if (char === QUOTE) inString = false
    } else if (char === QUOTE) inString = true
    else if (char === OPEN_ARRAY || char === OPEN_OBJECT) {
      if (++depth > limit) return i
    } else if ((char === CLOSE_ARRAY || char === CLOSE_OBJECT) && depth > 0) depth--
  }
  return null
}
