import { checkInput, type InputSpec } from '../drivers/inputSpec'
import type { JsonType, Path, Problem } from '../problems'

/**
 * Small typed decoders for model files: each checks one shape, records every problem it finds with
 * the path where it is, and returns the plain value (decimal strings stay strings) or INVALID.
 */
export const INVALID: unique symbol = Symbol('invalid')
export type Invalid = typeof INVALID

export interface Decoder<T> {
  decode(value: unknown, path: Path, problems: Problem[]): T | Invalid
}
export type Infer<D> = D extends Decoder<infer T> ? T : never

export function jsonTypeOf(value: unknown): JsonType {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number'
  if (typeof value === 'string') return 'string'
  if (typeof value === 'boolean') return 'boolean'
  return 'object'
}

function expectType(expected: JsonType, value: unknown, path: Path, problems: Problem[]): boolean {
  const found = jsonTypeOf(value)
  const ok = found === expected || (expected === 'number' && found === 'integer')
  if (!ok) problems.push({ code: 'wrongType', path, expected, found })
  return ok
}

const PATTERNS = {
  id: /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/,
  kostra: /^\d{3}$/,
  yearKey: /^\d{4}$/,
  overrideKey:
    /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}\.[A-Za-z0-9][A-Za-z0-9_-]{0,39}\.[A-Za-z][A-Za-z0-9]{0,39}$/,
  timestamp: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/,
} as const

/** Texts longer than this are refused: a file is read in full, and a hostile one could be huge. */
const MAX_TEXT = 10_000

export function text(
  options: { pattern?: keyof typeof PATTERNS; allowEmpty?: true; max?: number } = {},
): Decoder<string> {
  const max = options.max ?? MAX_TEXT
  return {
    decode(value, path, problems) {
      if (!expectType('string', value, path, problems)) return INVALID
      const found = value as string
      if (found.length > max) {
        problems.push({ code: 'tooLong', path, max })
        return INVALID
      }
      if (options.pattern && !PATTERNS[options.pattern].test(found)) {
        problems.push({ code: 'badText', path, found, pattern: options.pattern })
        return INVALID
      }
      if (!options.pattern && !options.allowEmpty && found.trim() === '') {
        problems.push({ code: 'empty', path })
        return INVALID
      }
      return found
    },
  }
}

export const id = (): Decoder<string> => text({ pattern: 'id' })

/** A number written as a decimal string, checked against the spec of its quantity. */
export function decimal(spec: InputSpec): Decoder<string> {
  return {
    decode(value, path, problems) {
      if (!expectType('string', value, path, problems)) return INVALID
      const issue = checkInput(spec, value as string)
      if (issue) {
        problems.push({ code: 'badNumber', path, issue, found: value as string })
        return INVALID
      }
      return value as string
    },
  }
}

export function integer(min: number, max: number): Decoder<number> {
  return {
    decode(value, path, problems) {
      if (!expectType('integer', value, path, problems)) return INVALID
      const found = value as number
      if (found < min || found > max) {
        problems.push({ code: 'outOfRange', path, min, max, found })
        return INVALID
      }
      return found
    },
  }
}

export const year = (): Decoder<number> => integer(1900, 2200)

export function oneOf<const T extends string>(allowed: readonly T[]): Decoder<T> {
  return {
    decode(value, path, problems) {
      if (!expectType('string', value, path, problems)) return INVALID
      if (!allowed.includes(value as T)) {
        problems.push({ code: 'notOneOf', path, allowed, found: value as string })
        return INVALID
      }
      return value as T
    },
  }
}

export function nullable<T>(inner: Decoder<T>): Decoder<T | null> {
  return {
    decode: (value, path, problems) =>
      value === null ? null : inner.decode(value, path, problems),
  }
}

export function array<T>(item: Decoder<T>, options: { nonEmpty?: true } = {}): Decoder<T[]> {
  return {
    decode(value, path, problems) {
      if (!expectType('array', value, path, problems)) return INVALID
      const items = value as unknown[]
      if (options.nonEmpty && items.length === 0) {
        problems.push({ code: 'empty', path })
        return INVALID
      }
      let ok = true
      const out: T[] = []
      items.forEach((element, index) => {
        const decoded = item.decode(element, [...path, index], problems)
        if (decoded === INVALID) ok = false
        else out.push(decoded)
      })
      return ok ? out : INVALID
    },
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return jsonTypeOf(value) === 'object'
}

/** A map from year ("2013"), id or override key to a value, as JSON objects write it. */
export function record<T>(
  keys: 'yearKey' | 'id' | 'overrideKey',
  item: Decoder<T>,
): Decoder<Record<string, T>> {
  return {
    decode(value, path, problems) {
      if (!expectType('object', value, path, problems)) return INVALID
      let ok = true
      const entries: [string, T][] = []
      for (const [key, element] of Object.entries(value as Record<string, unknown>)) {
        if (!PATTERNS[keys].test(key)) {
          problems.push({ code: 'badText', path: [...path, key], found: key, pattern: keys })
          ok = false
          continue
        }
        const decoded = item.decode(element, [...path, key], problems)
        if (decoded === INVALID) ok = false
        else entries.push([key, decoded])
      }
      return ok ? Object.fromEntries(entries) : INVALID
    },
  }
}

type Shape = Record<string, Decoder<unknown>>
export type ObjectOf<R extends Shape, O extends Shape> = {
  -readonly [K in keyof R]: Infer<R[K]>
} & { -readonly [K in keyof O]?: Infer<O[K]> }

/** An object with exactly these fields: required ones must be there, unknown ones are refused. */
export function object<R extends Shape, O extends Shape = Record<never, never>>(
  required: R,
  optional?: O,
): Decoder<ObjectOf<R, O>> {
  const optionalShape: Shape = optional ?? {}
  return {
    decode(value, path, problems) {
      if (!expectType('object', value, path, problems)) return INVALID
      const input = value as Record<string, unknown>
      let ok = true
      const out: Record<string, unknown> = {}
      for (const [key, decoder] of Object.entries(required)) {
        if (!Object.hasOwn(input, key)) {
          problems.push({ code: 'missingField', path: [...path, key] })
          ok = false
          continue
        }
        const decoded = decoder.decode(input[key], [...path, key], problems)
        if (decoded === INVALID) ok = false
        else out[key] = decoded
      }
      for (const [key, decoder] of Object.entries(optionalShape)) {
        if (!Object.hasOwn(input, key)) continue
        const decoded = decoder.decode(input[key], [...path, key], problems)
        if (decoded === INVALID) ok = false
        else out[key] = decoded
      }
      for (const key of Object.keys(input)) {
        if (!Object.hasOwn(required, key) && !Object.hasOwn(optionalShape, key)) {
          problems.push({ code: 'unknownField', path: [...path, key] })
          ok = false
        }
      }
      return ok ? (out as ObjectOf<R, O>) : INVALID
    },
  }
}

/** One of several object shapes, told apart by a string field such as `kind`. */
export function tagged<V extends Record<string, Decoder<unknown>>>(
  tag: string,
  variants: V,
): Decoder<Infer<V[keyof V]>> {
  const allowed = Object.keys(variants)
  return {
    decode(value, path, problems) {
      if (!isPlainObject(value)) {
        expectType('object', value, path, problems)
        return INVALID
      }
      if (!Object.hasOwn(value, tag)) {
        problems.push({ code: 'missingField', path: [...path, tag] })
        return INVALID
      }
      const tagValue = oneOf(allowed).decode(value[tag], [...path, tag], problems)
      if (tagValue === INVALID) return INVALID
      const variant = variants[tagValue]
      return variant
        ? (variant.decode(value, path, problems) as Infer<V[keyof V]> | Invalid)
        : INVALID
    },
  }
}
