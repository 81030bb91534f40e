import { describe, expect, it } from 'vitest'
import { problemText } from '../../../src/i18n/problemText'
import type { Problem } from '../../../src/model/problems'
import { adaptToModel } from '../../../src/model/scenario/adaptToModel'
import { scenarioOf } from '../../builders/scenario'
import { validModel, vestvagoy, vestvagoyJson } from '../../builders/model'

const model = vestvagoy()

describe('a scenario on the model at hand', () => {
  it('carries everything over on the model it was made on', () => {
    expect(adaptToModel(scenarioOf(), model)).toEqual({
      ok: true,
      adapted: {
        selection: ['A', 'B1', 'D'],
        overrides: { 'D.groupHomes.refundRate': '0.9' },
        dropped: [],
      },
    })
  })

  it('refuses a scenario made for another model', () => {
    const result = adaptToModel(scenarioOf({ model: { id: 'bodo-2020', version: '1' } }), model)
    expect(result).toEqual({
      ok: false,
      problems: [{ code: 'scenarioForOtherModel', expected: 'vestvagoy-2014', found: 'bodo-2020' }],
    })
  })

  it('says what a newer model version no longer has, and keeps the rest', () => {
    // The next version of the model renames D to D2 and drops C.
    const json = vestvagoyJson() as {
      version: string
      measures: { id: string }[]
      rules: { requires?: string[] }[]
      packages: { measures: string[] }[]
    }
    json.version = '2015.1'
    json.measures = json.measures
      .filter((m) => m.id !== 'C')
      .map((m) => (m.id === 'D' ? { ...m, id: 'D2' } : m))
    json.rules[1]!.requires = ['D2']
    json.packages[0]!.measures = json.packages[0]!.measures.filter((id) => id !== 'C').map((id) =>
      id === 'D' ? 'D2' : id,
    )
    delete (json.packages[0] as { reported?: unknown }).reported
    const newer = validModel(json)
    const result = adaptToModel(scenarioOf({ selection: ['A', 'C', 'D'] }), newer)
    expect(result.ok && result.adapted).toEqual({
      selection: ['A'],
      overrides: {},
      dropped: [
        { code: 'modelVersionChanged', from: '2014.1', to: '2015.1' },
        { code: 'measuresNotInModel', ids: ['C', 'D'] },
        { code: 'overrideDropped', key: 'D.groupHomes.refundRate', found: '0.9', issue: 'unknown' },
      ],
    })
    if (result.ok) {
      const text = (p: Problem) => problemText(p, 'nb', { model: newer, file: 'scenario' })
      expect(result.adapted.dropped.map(text)).toEqual([
        'Scenarioet er laget på versjon 2014.1 av modellen; den gjeldende er 2015.1.',
        'Tiltak C og D finnes ikke lenger i modellen og er ikke med.',
        'Antakelsen «Refusjonssats» i tiltak D er ikke tatt med: finnes ikke i modellen (verdien var "0.9").',
      ])
    }
  })

  it('drops an override the model’s input would refuse', () => {
    const result = adaptToModel(
      scenarioOf({ overrides: { 'D.groupHomes.refundRate': '1.8' } }),
      model,
    )
    expect(result.ok && result.adapted.dropped).toEqual([
      { code: 'overrideDropped', key: 'D.groupHomes.refundRate', found: '1.8', issue: 'aboveOne' },
    ])
    const [dropped] = result.ok ? result.adapted.dropped : []
    expect(dropped && problemText(dropped, 'nb', { model, file: 'scenario' })).toBe(
      'Antakelsen «Refusjonssats» i tiltak D «Slå sammen bokollektiv enslige mindreårige» er ikke tatt med: ' +
        'må være mellom 0\u00a0% og 100\u00a0% (fant "1.8"); i filen skrives 80\u00a0% som "0.8".',
    )
  })

  it('leaves out and names the measures a scenario’s selection counts against a rule', () => {
    const result = adaptToModel(scenarioOf({ selection: ['A', 'B1', 'B2', 'E'] }), model)
    expect(result.ok && result.adapted.selection).toEqual(['A'])
    expect(result.ok && result.adapted.dropped.map((p) => problemText(p, 'nb'))).toEqual([
      'B1 og B2 er ikke regnet med: B1, B2 og B3 er alternativer, og bare ett kan velges.',
      expect.stringMatching(/^E er ikke regnet med: det krever D\. Kapasiteten/),
    ])
    expect(result.ok && problemText(result.adapted.dropped[1]!, 'nb', { model })).toMatch(
      /^E «Øke bosetting enslige mindreårige» er ikke regnet med: det krever D «Slå sammen bokollektiv/,
    )
  })
})
