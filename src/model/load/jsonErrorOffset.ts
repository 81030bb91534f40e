const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y
const WORD = /true|false|null/y

/**
 * Where JSON text first goes wrong, as an offset. `JSON.parse` does not always say (Node 20 reports
 * "Unexpected token 'x'" without a position), and a user needs a line and column to fix a file.
 * Only called on text that `JSON.parse` has already refused. Iterative, with the open arrays and
 * objects on a stack of its own, so no nesting can overflow the call stack.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] ?? '')) i++
  }
  const sticky = (pattern: RegExp): boolean => {
    pattern.lastIndex = i
    if (!pattern.test(text)) return false
    i = pattern.lastIndex
    return true
  }
  /** A string from its opening quote; false where it goes wrong. */
  const string = (): boolean => {
    if (text[i] !== '"') return false
    i++
    for (;;) {
      const char = text[i]
      if (char === undefined || char < ' ') return false
      if (char === '"') {
        i++
        return true
      }
      if (char !== '\\') i++
      else if (!sticky(ESCAPE)) return false
    }
  }
  /** A key and its colon, after `{` or a comma in an object. */
  const key = (): boolean => {
    space()
    if (!string()) return false
    space()
    if (text[i] !== ':') return false
    i++
    return true
  }

  const open: ('[' | '{')[] = []
  for (;;) {
    // A value starts here…
    space()
    const char = text[i]
    if (char === '[' || char === '{') {
      i++
      space()
      const close = char === '[' ? ']' : '}'
      if (text[i] !== close) {
        open.push(char)
        if (char === '{' && !key()) return i
        continue
      }
      i++
    } else if (char === '"') {
      if (!string()) return i
    } else if (!sticky(WORD) && !sticky(NUMBER)) return i
    // …and has ended: close what it ends, or go on to the next item.
    for (;;) {
      space()
      const inside = open.at(-1)
      if (inside === undefined) return i
      if (text[i] === (inside === '[' ? ']' : '}')) {
        open.pop()
        i++
        continue
      }
      if (text[i] !== ',') return i
      i++
      if (inside === '{' && !key()) return i
      break
    }
  }
}
