import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { problemText } from '../../src/i18n/problemText'
import { InputType } from '../../src/model/drivers/inputSpec'
import { validateModel } from '../../src/model/load/validateModel'
import type { Problem } from '../../src/model/problems'
import { readScenario } from '../../src/model/scenario/readScenario'
import {
  array,
  decimal,
  id,
  integer,
  INVALID,
  longText,
  nullable,
  object,
  oneOf,
  record,
  tagged,
  text,
  type Decoder,
} from '../../src/model/schema/decoders'
import { jsonTypeOf } from '../../src/model/schema/jsonType'
import { propertyRuns } from '../builders/fastCheck'
import { vestvagoyJson } from '../builders/model'
import { scenarioOf } from '../builders/scenario'

const cycle: Record<string, unknown> = { name: 'x' }
cycle['self'] = cycle
const sparse: unknown[] = []
sparse[1] = 'A'

/** Values a stored record can hold (IndexedDB keeps what structured clone does) and JSON cannot. */
const ODD_VALUES: [string, unknown, string][] = [
  ['undefined', undefined, 'undefined'],
  ['a bigint', 10n, 'bigint'],
  ['a function', () => 1, 'function'],
  ['a symbol', Symbol('x'), 'symbol'],
  ['a date', new Date(0), 'date'],
  ['an invalid date', new Date(Number.NaN), 'date'],
  ['a map', new Map([['name', 'x']]), 'map'],
  ['a set', new Set(['A']), 'set'],
  ['bytes', new Uint8Array([1, 2]), 'binary'],
  ['an ArrayBuffer', new ArrayBuffer(4), 'binary'],
  ['a DataView', new DataView(new ArrayBuffer(4)), 'binary'],
  ['a Blob', new Blob(['x']), 'binary'],
  ['a regular expression', /x/, 'otherObject'],
  ['an error', new Error('x'), 'otherObject'],
  ['a boxed string', Object('x'), 'otherObject'],
  ['NaN', Number.NaN, 'number'],
  ['Infinity', Number.POSITIVE_INFINITY, 'number'],
  ['minus zero', -0, 'integer'],
  ['an object without a prototype', Object.create(null), 'object'],
  ['a list with a hole', sparse, 'array'],
  ['a list claiming four billion items', new Array(2 ** 32 - 1), 'array'],
  ['an object that contains itself', cycle, 'object'],
]

/** Every place in a JSON value, the root included, as a path of keys. */
function pathsOf(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [at]
  return [at, ...Object.entries(value).flatMap(([key, v]) => pathsOf(v, [...at, key]))]
}

/** A copy of `json` with `value` put at `path`. */
function placed(json: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value
  const copy = structuredClone(json) as Record<string | number, unknown>
  const parent = path
    .slice(0, -1)
    .reduce<Record<string | number, unknown>>(
      (node, key) => node[key] as Record<string | number, unknown>,
      copy,
    )
  parent[path.at(-1)!] = value
  return copy
}

/** Each problem says something readable in both languages, whatever it is about. */
function readable(problems: readonly Problem[], file: unknown) {
  for (const problem of problems) {
    for (const lang of ['nb', 'en'] as const) {
      expect(problemText(problem, lang, { model: file })).not.toMatch(
        /\[object |Symbol\(|=>|native code/,
      )
    }
  }
}

const ANYTHING = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withTypedArray: true,
  withSparseArray: true,
  stringUnit: 'binary',
})

describe('values no JSON file can hold', () => {
  it.each(ODD_VALUES)('%s is reported as such', (_, value, type) => {
    expect(jsonTypeOf(value)).toBe(type)
  })

  const scenario = scenarioOf({ id: 'x', rev: 1, createdAt: '2026-01-01T00:00:00Z' })
  it.each(ODD_VALUES)(
    '%s anywhere in a scenario: refused unless it is JSON, never thrown',
    (_, value) => {
      for (const path of pathsOf(scenario)) {
        const file = placed(scenario, path, value)
        const read = readScenario(file)
        // Accepted only as what a JSON file could have said: -0 as 0, an object without a prototype
        // as a plain one.
        if (read.ok) expect(read.scenario).toStrictEqual(JSON.parse(JSON.stringify(file)))
        else readable(read.problems, file)
      }
    },
  )

  it('anywhere in a model file: refused unless it is JSON, never thrown', () => {
    const model = vestvagoyJson()
    const paths = pathsOf(model)
    fc.assert(
      fc.property(
        fc.constantFrom(...paths),
        fc.oneof(fc.constantFrom(...ODD_VALUES.map(([, value]) => value)), ANYTHING),
        (path, value) => {
          const file = placed(model, path, value)
          const load = validateModel(file)
          if (load.ok) expect(load.model).toStrictEqual(JSON.parse(JSON.stringify(load.model)))
          else readable(load.problems, file)
        },
      ),
      propertyRuns(1000),
    )
  }, 60_000)

  it('gives every decoder a value it cannot throw on, and a problem for each value it refuses', () => {
    const decoders: Decoder<unknown>[] = [
      text(),
      longText({ allowEmpty: true }),
      text({ pattern: 'timestamp' }),
      id(),
      decimal({ type: InputType.rate }),
      integer(0, 10),
      oneOf(['a', 'b']),
      nullable(id()),
      array(id()),
      record('yearKey', decimal({ type: InputType.amount })),
      object({ a: id() }, { b: text() }),
      tagged('kind', { x: object({ kind: oneOf(['x']) }) }),
    ]
    fc.assert(
      fc.property(ANYTHING, (value) => {
        for (const decoder of decoders) {
          const problems: Problem[] = []
          const decoded = decoder.decode(value, ['field'], problems)
          expect(decoded === INVALID).toBe(problems.length > 0)
        }
        for (const read of [readScenario(value), validateModel(value)]) {
          expect(read.ok).toBe(false)
        }
      }),
      propertyRuns(2000),
    )
  })
})
