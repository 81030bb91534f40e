/**
 * Characters no text in a model or scenario file may hold. Control characters (C0, DEL, C1) do not
 * show, and some move a terminal's cursor; the bidirectional controls can make a name read
 * differently from what it is ("Kutt\u202E 5 mill." shows what follows the mark reversed); a lone
 * half of a surrogate pair is no character at all. Tab and line breaks are allowed in long texts
 * (notes, descriptions), not in names and titles.
 */
export const BadCharacterKind = {
  control: 'control',
  lineBreak: 'lineBreak',
  direction: 'direction',
  unpaired: 'unpaired',
} as const
export type BadCharacterKind = (typeof BadCharacterKind)[keyof typeof BadCharacterKind]

const DIRECTION = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u
const LINE_BREAK = /[\t\n\r\u2028\u2029]/u
const UNPAIRED = /\p{Cs}/u

const IN_ONE_LINE = /[\p{Cc}\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\p{Cs}]/gu
const IN_LONG_TEXT = /(?![\t\n\r])[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\p{Cs}]/gu

const pattern = (multiline: boolean) => (multiline ? IN_LONG_TEXT : IN_ONE_LINE)

function kindOf(character: string): BadCharacterKind {
  if (UNPAIRED.test(character)) return BadCharacterKind.unpaired
  if (DIRECTION.test(character)) return BadCharacterKind.direction
  if (LINE_BREAK.test(character)) return BadCharacterKind.lineBreak
  return BadCharacterKind.control
}

/** The first character a text may not hold: its code point, kind and position (1 = the first). */
export function findBadCharacter(
  text: string,
  { multiline = false }: { multiline?: boolean } = {},
): { codePoint: number; kind: BadCharacterKind; position: number } | null {
  const search = pattern(multiline)
  search.lastIndex = 0
  const match = search.exec(text)
  if (!match) return null
  const character = match[0]
  return {
    codePoint: character.codePointAt(0) ?? 0,
    kind: kindOf(character),
    position: [...text.slice(0, match.index)].length + 1,
  }
}

/**
 * The text without the characters it may not hold, as a name field cleans what is typed or
 * pasted: a line break or tab in a one-line text becomes a space, anything else is dropped.
 */
export function withoutBadCharacters(
  text: string,
  { multiline = false }: { multiline?: boolean } = {},
): string {
  return text.replace(pattern(multiline), (character) =>
    !multiline && LINE_BREAK.test(character) ? ' ' : '',
  )
}

const SHOWN = 60

/**
 * A text from a file as a message may quote it: characters it may not hold shown as U+FFFD, and
 * cut short, so a message never hides, reverses or floods what it says.
 */
export function quotable(text: string): string {
  const clean = text.replace(IN_ONE_LINE, '\uFFFD')
  const characters = [...clean]
  return characters.length > SHOWN ? `${characters.slice(0, SHOWN - 1).join('')}…` : clean
}
