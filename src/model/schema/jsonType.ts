import { own } from '../own'
import type { JsonType, NonJsonType, Path, Problem } from '../problems'

// Objects JSON cannot hold but storage (IndexedDB's structured clone) can, by their built-in tag.
// The tag rather than the prototype: a value from another window or realm has other prototypes.
const TAGGED: Readonly<Record<string, NonJsonType>> = {
  '[object Date]': 'date',
  '[object Map]': 'map',
  '[object Set]': 'set',
  '[object ArrayBuffer]': 'binary',
  '[object SharedArrayBuffer]': 'binary',
  '[object DataView]': 'binary',
  '[object Blob]': 'binary',
  '[object File]': 'binary',
}

/**
 * What a value is in the words of JSON, or which kind of value JSON cannot hold it is. Total: any
 * JavaScript value gets an answer, objects without a prototype included.
 */
export function jsonTypeOf(value: unknown): JsonType | NonJsonType {
  switch (typeof value) {
    case 'string':
      return 'string'
    case 'boolean':
      return 'boolean'
    case 'number':
      return Number.isInteger(value) ? 'integer' : 'number'
    case 'undefined':
      return 'undefined'
    case 'bigint':
      return 'bigint'
    case 'function':
      return 'function'
    case 'symbol':
      return 'symbol'
  }
  // What is left is null or an object.
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (ArrayBuffer.isView(value)) return 'binary'
  const tag = Object.prototype.toString.call(value)
  if (tag === '[object Object]') return 'object'
  return own(TAGGED, tag) ?? 'otherObject'
}

const JSON_TYPES: ReadonlySet<string> = new Set<JsonType>([
  'string',
  'number',
  'integer',
  'boolean',
  'object',
  'array',
  'null',
])

const isJsonType = (type: JsonType | NonJsonType): type is JsonType => JSON_TYPES.has(type)

/** The problem with a value that should be of a JSON type, or null if it is of that type. */
export function typeProblem(expected: JsonType, value: unknown, path: Path): Problem | null {
  const found = jsonTypeOf(value)
  if (found === expected) return null
  return isJsonType(found)
    ? { code: 'wrongType', path, expected, found }
    : { code: 'notJsonValue', path, expected, found }
}
