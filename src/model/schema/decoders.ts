import { checkInput, type InputSpec } from '../drivers/inputSpec'
import { DECIMAL_STRING } from '../money/decimal'
import type { JsonType, Path, Problem } from '../problems'
import { jsonTypeOf, typeProblem } from './jsonType'
import { findBadCharacter, quotable } from './textCharacters'
import { timestampIssue } from './timestamp'

/**
 * Small typed decoders for model files: each checks one shape, records every problem it finds with
 * the path where it is, and returns the plain value (decimal strings stay strings) or INVALID.
 * Total: any JavaScript value, whatever a file or a stored record holds, gives problems, never a
 * throw.
 */
export const INVALID: unique symbol = Symbol('invalid')
export type Invalid = typeof INVALID

/** A JSON Schema (draft 2020-12) object, as editors such as VS Code read it. */
export type JsonSchema = { readonly [keyword: string]: unknown }

/**
 * One shape of a file, declared once: `decode` checks a value and says where it is wrong; `schema`
 * describes the same shape as JSON Schema, for editors that check and complete a file as it is
 * written (docs/model.schema.json is generated from it).
 */
export interface Decoder<T> {
  decode(value: unknown, path: Path, problems: Problem[]): T | Invalid
  schema(): JsonSchema
}
export type Infer<D> = D extends Decoder<infer T> ? T : never

function expectType(expected: JsonType, value: unknown, path: Path, problems: Problem[]): boolean {
  const problem = typeProblem(expected, value, path)
  if (problem) problems.push(problem)
  return problem === null
}

const PATTERNS = {
  id: /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/,
  kostra: /^\d{3}$/,
  municipalityNumber: /^\d{4}$/,
  yearKey: /^\d{4}$/,
  overrideKey:
    /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}\.[A-Za-z0-9][A-Za-z0-9_-]{0,39}\.[A-Za-z][A-Za-z0-9]{0,39}$/,
  timestamp: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/,
} as const

/** What each quantity is, in the JSON Schema's words. */
const NUMBER_WORDS: Record<InputSpec['type'], string> = {
  amount: 'NOK as a decimal string: point as decimal separator, no spaces, e.g. "-750000".',
  staffYears: 'Staff-years (årsverk) as a decimal string, e.g. "-1.5".',
  persons: 'A number of persons as a decimal string, e.g. "2".',
  rate: 'A share from 0 to 1 as a decimal string: "0.8" is 80 %.',
  rateChange: 'A relative change of at least -1 as a decimal string: "-0.1" is 10 % lower.',
  year: 'A plan year.',
}

/** Texts longer than this are refused: a file is read in full, and a hostile one could be huge. */
const MAX_TEXT = 10_000
/** Lists longer than this are refused: a stored record can claim a length it does not fill. */
const MAX_ITEMS = 100_000

/**
 * A text: one line unless `multiline` (notes, descriptions), without the characters no text may
 * hold (see textCharacters.ts), or matching a pattern such as an id.
 */
export function text(
  options: {
    pattern?: keyof typeof PATTERNS
    allowEmpty?: true
    max?: number
    multiline?: true
  } = {},
): Decoder<string> {
  const max = options.max ?? MAX_TEXT
  return {
    schema: () => ({
      type: 'string',
      maxLength: max,
      ...(options.pattern
        ? { pattern: PATTERNS[options.pattern].source }
        : options.allowEmpty
          ? {}
          : { minLength: 1 }),
    }),
    decode(value, path, problems) {
      if (!expectType('string', value, path, problems)) return INVALID
      const found = value as string
      if (found.length > max) {
        problems.push({ code: 'tooLong', path, max })
        return INVALID
      }
      if (options.pattern && !PATTERNS[options.pattern].test(found)) {
        problems.push({ code: 'badText', path, found: quotable(found), pattern: options.pattern })
        return INVALID
      }
      const timeIssue = options.pattern === 'timestamp' ? timestampIssue(found) : null
      if (timeIssue) {
        problems.push({ code: 'badTimestamp', path, found, part: timeIssue })
        return INVALID
      }
      const bad = options.pattern ? null : findBadCharacter(found, options)
      if (bad) {
        problems.push({ code: 'badCharacter', path, ...bad })
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
/** A note, description or other text that may run over several lines. */
export const longText = (options: { allowEmpty?: true } = {}): Decoder<string> =>
  text({ ...options, multiline: true })

/**
 * A number written as a decimal string, checked against the spec of its quantity. Negative zero
 * ("-0", "-0.0") is zero and is kept without its sign.
 */
export function decimal(spec: InputSpec): Decoder<string> {
  return {
    schema: () =>
      spec.type === 'year'
        ? { type: 'string', pattern: '^\\d{4}$', description: 'A plan year, e.g. "2016".' }
        : {
            type: 'string',
            pattern: DECIMAL_STRING.source,
            description: NUMBER_WORDS[spec.type] + (spec.nonNegative ? ' Not negative.' : ''),
          },
    decode(value, path, problems) {
      if (!expectType('string', value, path, problems)) return INVALID
      const found = value as string
      const issue = checkInput(spec, found)
      if (issue) {
        problems.push({ code: 'badNumber', path, issue, found: quotable(found) })
        return INVALID
      }
      return /^-0(\.0+)?$/.test(found) ? found.slice(1) : found
    },
  }
}

export function integer(min: number, max: number): Decoder<number> {
  return {
    schema: () => ({ type: 'integer', minimum: min, maximum: max }),
    decode(value, path, problems) {
      if (!expectType('integer', value, path, problems)) return INVALID
      const found = value as number
      if (found < min || found > max) {
        problems.push({ code: 'outOfRange', path, min, max, found })
        return INVALID
      }
      // -0 is an integer JSON cannot write: kept as 0.
      return found === 0 ? 0 : found
    },
  }
}

export const year = (): Decoder<number> => integer(1900, 2200)

export function oneOf<const T extends string>(allowed: readonly T[]): Decoder<T> {
  return {
    schema: () => ({ type: 'string', enum: allowed }),
    decode(value, path, problems) {
      if (!expectType('string', value, path, problems)) return INVALID
      if (!allowed.includes(value as T)) {
        problems.push({ code: 'notOneOf', path, allowed, found: quotable(value as string) })
        return INVALID
      }
      return value as T
    },
  }
}

export function nullable<T>(inner: Decoder<T>): Decoder<T | null> {
  return {
    schema: () => ({ anyOf: [inner.schema(), { type: 'null' }] }),
    decode: (value, path, problems) =>
      value === null ? null : inner.decode(value, path, problems),
  }
}

export function array<T>(item: Decoder<T>, options: { nonEmpty?: true } = {}): Decoder<T[]> {
  return {
    schema: () => ({
      type: 'array',
      items: item.schema(),
      ...(options.nonEmpty && { minItems: 1 }),
      maxItems: MAX_ITEMS,
    }),
    decode(value, path, problems) {
      if (!expectType('array', value, path, problems)) return INVALID
      const items = value as unknown[]
      if (options.nonEmpty && items.length === 0) {
        problems.push({ code: 'empty', path })
        return INVALID
      }
      if (items.length > MAX_ITEMS) {
        problems.push({ code: 'tooManyItems', path, max: MAX_ITEMS })
        return INVALID
      }
      let ok = true
      const out: T[] = []
      // Every index, holes included: a hole in a stored list is a missing item, not a shorter list.
      for (let index = 0; index < items.length; index++) {
        const decoded = item.decode(items[index], [...path, index], problems)
        if (decoded === INVALID) ok = false
        else out.push(decoded)
      }
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
    schema: () => ({
      type: 'object',
      propertyNames: { pattern: PATTERNS[keys].source },
      additionalProperties: item.schema(),
    }),
    decode(value, path, problems) {
      if (!expectType('object', value, path, problems)) return INVALID
      let ok = true
      const entries: [string, T][] = []
      for (const [key, element] of Object.entries(value as Record<string, unknown>)) {
        if (!PATTERNS[keys].test(key)) {
          const found = quotable(key)
          problems.push({ code: 'badText', path: [...path, found], found, pattern: keys })
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
    schema: () => ({
      type: 'object',
      properties: Object.fromEntries(
        Object.entries({ ...required, ...optionalShape }).map(([key, d]) => [key, d.schema()]),
      ),
      required: Object.keys(required),
      additionalProperties: false,
    }),
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
    schema: () => ({ oneOf: Object.values(variants).map((variant) => variant.schema()) }),
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
