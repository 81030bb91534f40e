import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluate } from '../../src/model/engine/evaluate'
import type { Evaluation, PartnershipSplit, Totals } from '../../src/model/engine/types'
import { loadModel } from '../../src/model/load/validateModel'
import type { ValidModel } from '../../src/model/load/validModel'
import { toDecimalString, type Dec } from '../../src/model/money/decimal'
import { adaptToModel } from '../../src/model/scenario/adaptToModel'
import { readScenario } from '../../src/model/scenario/readScenario'
import { propertyRuns } from '../builders/fastCheck'
import { generatedModel } from '../builders/generatedModel'
import { minimalModel, validModel, vestvagoy, vestvagoyJson, type Json } from '../builders/model'
import {
  BUILT_IN_NAMES,
  builtInRenaming,
  ID_KINDS,
  renameIds,
  type IdKind,
  type Rename,
} from '../builders/renameIds'
import { scenarioOf } from '../builders/scenario'

const same: Rename = (_, id) => id

/** An evaluation as plain strings, its ids read back through `original`, to compare two models. */
function comparable(evaluation: Evaluation, original: Rename) {
  const s = toDecimalString
  const keyed = (record: Record<string, Dec>, kind?: IdKind) =>
    Object.fromEntries(
      Object.entries(record).map(([key, value]) => [kind ? original(kind, key) : key, s(value)]),
    )
  const totals = (t: Totals) => ({
    net: s(t.net),
    gross: s(t.gross),
    income: s(t.income),
    staffYears: s(t.staffYears),
    byFunction: keyed(t.byFunction),
    byTheme: keyed(t.byTheme, 'theme'),
    staffYearsByUnit: keyed(t.staffYearsByUnit, 'unit'),
  })
  const split = (x: PartnershipSplit) =>
    x.keys.map((key) => ({
      id: original('partnershipKey', key.id),
      partners: Object.fromEntries(
        Object.entries(key.partners).map(([id, p]) => [original('partner', id), s(p.share)]),
      ),
    }))
  return {
    selection: evaluation.selection.map((id) => original('measure', id)),
    years: evaluation.years.map((y) => ({
      year: y.year,
      ...totals(y),
      gap: s(y.gap),
    })),
    lasting: { ...totals(evaluation.lasting), gap: s(evaluation.lasting.gap) },
    measures: evaluation.measures.map((m) => ({
      id: original('measure', m.id),
      annual: s(m.annual.net),
      lasting: s(m.lasting.net),
      byYear: Object.entries(m.byYear).map(([year, flow]) => [year, s(flow.net)]),
    })),
    households: evaluation.households.map((h) => ({
      id: original('household', h.id),
      regimes: h.regimes.map((r) => ({
        id: original('regime', r.id),
        before: s(r.before),
        after: s(r.after),
        lines: r.lines.map((l) => [original('line', l.id), s(l.before), s(l.after)]),
        situations: r.situations.map((x) => [original('measure', x.measure), s(x.disposable)]),
      })),
    })),
    partnership: evaluation.partnership && {
      before: split(evaluation.partnership.before),
      lasting: split(evaluation.partnership.lasting),
      byYear: Object.values(evaluation.partnership.byYear).map(split),
    },
    problems: evaluation.problems.map((p) => p.code),
  }
}

/** Every selection worth comparing: all measures, and each package. */
const selections = (model: ValidModel) => [
  model.measures.map((m) => m.id),
  ...(model.packages ?? []).map((p) => p.measures),
]

const renameOverrides = (overrides: Record<string, string>, rename: Rename) =>
  Object.fromEntries(
    Object.entries(overrides).map(([key, value]) => {
      const [measure = '', driver = '', input = ''] = key.split('.')
      return [`${rename('measure', measure)}.${rename('driver', driver)}.${input}`, value]
    }),
  )

const allNames = Object.fromEntries(ID_KINDS.map((kind) => [kind, [...BUILT_IN_NAMES]])) as Record<
  IdKind,
  string[]
>

describe('ids that are names every object inherits', () => {
  it.each([
    [
      'the Vestvågøy model',
      vestvagoyJson(),
      { 'D.groupHomes.refundRate': '0.9', 'I.rates.rateChange': '-0.2' },
    ],
    ['a generated model', generatedModel({ measures: 40, years: 5, seed: 11 }), {}],
  ])(
    '%s renamed to constructor, toString… loads and gives exactly the same results',
    (_, json: Json, overrides: Record<string, string>) => {
      const model = validModel(json)
      const warnings = loadModel(JSON.stringify(json))
      const expected = selections(model).map((selection) =>
        comparable(evaluate(model, selection, overrides), same),
      )
      const names = fc.record(
        Object.fromEntries(
          ID_KINDS.map((kind) => [kind, fc.shuffledSubarray([...BUILT_IN_NAMES])]),
        ) as Record<IdKind, fc.Arbitrary<string[]>>,
      )
      fc.assert(
        fc.property(names, fc.nat(40), (given, offset) => {
          const { rename, original } = builtInRenaming(json, given, offset)
          const loaded = loadModel(JSON.stringify(renameIds(json, rename)))
          expect(loaded.ok).toBe(true)
          if (!loaded.ok || !warnings.ok) return
          const figures = (w: typeof loaded.warnings) =>
            w.map((p) => (p.code === 'reportedMismatch' ? [p.reported, p.computed] : p.code))
          expect(figures(loaded.warnings)).toEqual(figures(warnings.warnings))
          selections(model).forEach((selection, i) => {
            const renamed = evaluate(
              loaded.model,
              selection.map((id) => rename('measure', id)),
              renameOverrides(overrides, rename),
            )
            expect(comparable(renamed, original)).toEqual(expected[i])
          })
        }),
        { ...propertyRuns(60), examples: [[allNames, 0]] },
      )
    },
    60_000,
  )

  it.each(BUILT_IN_NAMES)(
    'refuses an override of the input %s as unknown, in the engine and on import',
    (name) => {
      const model = vestvagoy()
      const key = `D.groupHomes.${name}`
      expect(evaluate(model, ['D'], { [key]: '0.5' }).problems).toEqual([
        { code: 'unknownOverride', key },
      ])
      const adapted = adaptToModel(scenarioOf({ overrides: { [key]: '0.5' } }), model)
      expect(adapted).toMatchObject({
        ok: true,
        adapted: {
          overrides: {},
          dropped: [{ code: 'overrideDropped', key, found: '0.5', issue: 'unknown' }],
        },
      })
    },
  )

  it('never lets an id or an override key be __proto__, which would change an object’s prototype', () => {
    const withProto = JSON.parse(
      JSON.stringify(minimalModel({ themes: [{ id: 'all', title: 'Alle' }] })).replace(
        '"id":"all"',
        '"id":"__proto__"',
      ),
    ) as Json
    expect(loadModel(JSON.stringify(withProto))).toMatchObject({
      ok: false,
      problems: expect.arrayContaining([
        { code: 'badText', path: ['themes', 0, 'id'], found: '__proto__', pattern: 'id' },
      ]) as unknown,
    })
    const scenario = JSON.parse(
      '{"format":"omstilling.scenario","schemaVersion":1,"name":"x","note":"","model":{"id":"m","version":"1"},"selection":["__proto__"],"overrides":{"__proto__":"1"}}',
    ) as unknown
    const read = readScenario(scenario)
    expect(read.ok).toBe(false)
    if (!read.ok) {
      expect(read.problems.map((p) => [p.code, 'path' in p ? p.path : []])).toEqual([
        ['badText', ['selection', 0]],
        ['badText', ['overrides', '__proto__']],
      ])
    }
  })
})
