import { withoutBadCharacters } from '../../model/schema/textCharacters'

/**
 * Defensive reads from a parsed file that may be invalid: a missing field, a wrong type or an id
 * such as "constructor" reads as undefined, never as a built-in and never as an exception.
 */
export function child(value: unknown, key: string | number): unknown {
  if (typeof key === 'number') return Array.isArray(value) ? (value[key] as unknown) : undefined
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined
  return Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined
}

/** Names longer than this are cut: a name in a message is there to recognise the thing by. */
const MAX_NAME = 80

/** Text as a short name for a message, or undefined when it is not usable text. */
export function shortName(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined
  // A name in a message must not bring the file's hidden characters with it (a right-to-left
  // override would make the message about it read as something else).
  const name = withoutBadCharacters(text).replace(/\s+/g, ' ').trim()
  if (name === '') return undefined
  return name.length > MAX_NAME ? `${name.slice(0, MAX_NAME - 1).trimEnd()}…` : name
}

/** A field's text as a short name: the title of a measure, the label of a line… */
export const nameIn = (value: unknown, key: string): string | undefined =>
  shortName(child(value, key))

/** The item of a list whose `id` is `id`, if the list is one and has it. */
export function findById(list: unknown, id: string | undefined): unknown {
  if (id === undefined || !Array.isArray(list)) return undefined
  return (list as unknown[]).find((item) => child(item, 'id') === id)
}
