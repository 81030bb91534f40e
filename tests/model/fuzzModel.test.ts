import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { problemText } from '../../src/i18n/problemText'
import { evaluate } from '../../src/model/engine/evaluate'
import type { Evaluation, Flow } from '../../src/model/engine/types'
import { loadModel } from '../../src/model/load/validateModel'
import type { ValidModel } from '../../src/model/load/validModel'
import { sum, ZERO } from '../../src/model/money/decimal'
import { propertyRuns } from '../builders/fastCheck'
import { vestvagoyJson } from '../builders/model'
import { BUILT_IN_NAMES, builtInRenaming, ID_KINDS, renameIds } from '../builders/renameIds'

type Node = Record<string | number, unknown>

const base = vestvagoyJson()

/** Every place in a JSON value below the root, as the node that holds it and its key there. */
function places(value: unknown): { parent: Node; key: string | number }[] {
  const found: { parent: Node; key: string | number }[] = []
  const walk = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return
    for (const [key, child] of Object.entries(node)) {
      found.push({ parent: node as Node, key: Array.isArray(node) ? Number(key) : key })
      walk(child)
    }
  }
  walk(value)
  return found
}

const nested = (depth: number): unknown => (depth === 0 ? [] : [nested(depth - 1)])

/** Values a damaged or hostile file might hold where something else belongs. */
const odd = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    true,
    0,
    -0,
    1.5,
    750000,
    1e308,
    '',
    ' ',
    '-0',
    '-0.0',
    '0.8',
    '80',
    '1e5',
    '-1',
    '1.1',
    '0.1234567890123',
    '999999999999999999',
    '9999999999999999999',
    '2015',
    '2099',
    'Infinity',
    'NaN',
    '242',
    '850',
    'A',
    'B2',
    'nav',
    'x'.repeat(10_001),
    'Navn\u202E snudd',
    'Klokke\u0007',
    'To\nlinjer',
    '\uD800',
    [],
    {},
    nested(70),
  ),
  fc.constantFrom(...BUILT_IN_NAMES),
  fc.string({ maxLength: 12 }),
  fc.json({ maxDepth: 2 }).map((text) => JSON.parse(text) as unknown),
)

type Mutation =
  | { kind: 'set'; at: number; value: unknown }
  | { kind: 'delete'; at: number }
  | { kind: 'duplicate'; at: number }

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: odd }),
  },
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
)

/** Built-in names for some ids of each kind, given consistently, references included. */
const renaming = fc.option(
  fc.record({
    names: fc.array(fc.shuffledSubarray([...BUILT_IN_NAMES]), {
      minLength: ID_KINDS.length,
      maxLength: ID_KINDS.length,
    }),
    offset: fc.nat(30),
  }),
)

function mutated(
  rename: { names: string[][]; offset: number } | null,
  mutations: readonly Mutation[],
): unknown {
  const names = Object.fromEntries(ID_KINDS.map((kind, i) => [kind, rename?.names[i] ?? []]))
  const json = rename
    ? renameIds(base, builtInRenaming(base, names, rename.offset).rename)
    : structuredClone(base)
  for (const m of mutations) {
    const all = places(json)
    const place = all[m.at % Math.max(all.length, 1)]
    if (!place) continue
    const { parent, key } = place
    if (m.kind === 'set') parent[key] = m.value
    else if (m.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1)
      else delete parent[key]
    } else if (Array.isArray(parent)) parent.push(structuredClone(parent[key]))
    else parent[`${key}Copy`] = structuredClone(parent[key])
  }
  return json
}

type TextEdit =
  | { kind: 'none' }
  | { kind: 'cut'; at: number }
  | { kind: 'bom' }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'wrap'; depth: number }

const textEdit: fc.Arbitrary<TextEdit> = fc.oneof(
  { weight: 6, arbitrary: fc.constant({ kind: 'none' as const }) },
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.constant({ kind: 'bom' as const }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.constantFrom('\u0000', '\u202E', '\\u0007', '\\u202e', '\\ud800', '"', '[', '}', ','),
  }),
  fc.record({ kind: fc.constant('wrap' as const), depth: fc.integer({ min: 1, max: 100_000 }) }),
)

function edited(text: string, edit: TextEdit): string {
  switch (edit.kind) {
    case 'none':
      return text
    case 'cut':
      return text.slice(0, edit.at % (text.length + 1))
    case 'bom':
      return `\uFEFF${text}`
    case 'insert': {
      const at = edit.at % (text.length + 1)
      return text.slice(0, at) + edit.text + text.slice(at)
    }
    case 'wrap':
      return '['.repeat(edit.depth) + text + ']'.repeat(edit.depth)
  }
}

const flowSum = (flows: readonly (Flow | undefined)[]) => ({
  net: sum(flows.map((f) => f?.net ?? ZERO)).toFixed(),
  gross: sum(flows.map((f) => f?.gross ?? ZERO)).toFixed(),
  income: sum(flows.map((f) => f?.income ?? ZERO)).toFixed(),
  staffYears: sum(flows.map((f) => f?.staffYears ?? ZERO)).toFixed(),
})
const flowOf = (f: Flow) => ({
  net: f.net.toFixed(),
  gross: f.gross.toFixed(),
  income: f.income.toFixed(),
  staffYears: f.staffYears.toFixed(),
})

/** Each year's and the lasting totals are the sums of the measures' own effects. */
function addsUp(evaluation: Evaluation) {
  for (const year of evaluation.years) {
    expect(flowOf(year)).toEqual(flowSum(evaluation.measures.map((m) => m.byYear[year.year])))
  }
  expect(flowOf(evaluation.lasting)).toEqual(flowSum(evaluation.measures.map((m) => m.lasting)))
}

function evaluatesEverySelection(model: ValidModel) {
  for (const selection of [
    model.measures.map((m) => m.id),
    ...(model.packages ?? []).map((p) => p.measures),
  ]) {
    addsUp(evaluate(model, selection))
  }
}

describe('model files mutated every way a damaged or hostile file might be', () => {
  it('never crash loading, and anything accepted evaluates and adds up', () => {
    let accepted = 0
    const runs = propertyRuns(2000)
    fc.assert(
      fc.property(
        renaming,
        fc.array(mutation, { maxLength: 3 }),
        textEdit,
        (rename, mutations, edit) => {
          const json = mutated(rename, mutations)
          const text = edited(JSON.stringify(json, null, 1), edit)
          const load = loadModel(text)
          if (!load.ok) {
            for (const problem of load.problems) problemText(problem, 'nb', { model: json })
            return
          }
          accepted++
          for (const warning of load.warnings) problemText(warning, 'en', { model: json })
          evaluatesEverySelection(load.model)
          // What was accepted is a model file as it stands: written out, it reads back the same.
          const again = loadModel(JSON.stringify(load.model))
          expect(again.ok && again.model).toEqual(load.model)
        },
      ),
      runs,
    )
    // The mutations keep enough files valid (one in twenty) for the second half to mean something.
    expect(accepted).toBeGreaterThan(runs.numRuns / 20)
  }, 120_000)
})
