const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y

/**
 * Where JSON text first goes wrong, as an offset. `JSON.parse` does not always say (Node 20 reports
 * "Unexpected token 'x'" without a position), and a user needs a line and column to fix a file.
 * Only called on text that `JSON.parse` has already refused.
 */
class SyntaxErrorAt extends Error {
  constructor(readonly offset: number) {
    super(`JSON syntax error at ${offset}`)
  }
}

export function jsonErrorOffset(text: string): number {
  let i = 0
  const fail = (): never => {
    throw new SyntaxErrorAt(i)
  }
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] ?? '')) i++
  }
  const expect = (char: string) => (text[i] === char ? i++ : fail())
  const string = () => {
    expect('"')
    while (text[i] !== '"') {
      const char = text[i]
      if (char === undefined || char < ' ') fail()
      if (char === '\\') {
        ESCAPE.lastIndex = i
        if (!ESCAPE.test(text)) fail()
        i = ESCAPE.lastIndex
      } else i++
    }
    i++
  }
  const value = (): void => {
    space()
    const char = text[i]
    if (char === '{') {
      i++
      space()
      if (text[i] === '}') return void i++
      for (;;) {
        space()
        string()
        space()
        expect(':')
        value()
        space()
        if (text[i] === '}') return void i++
        expect(',')
      }
    }
    if (char === '[') {
      i++
      space()
      if (text[i] === ']') return void i++
      for (;;) {
        value()
        space()
        if (text[i] === ']') return void i++
        expect(',')
      }
    }
    if (char === '"') return string()
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) return void (i += word.length)
    }
    NUMBER.lastIndex = i
    if (!NUMBER.test(text)) fail()
    i = NUMBER.lastIndex
  }
  try {
    value()
    space()
    if (i < text.length) fail()
    return text.length
  } catch (error) {
    if (error instanceof SyntaxErrorAt) return error.offset
    throw error
  }
}
