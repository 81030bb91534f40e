import { describe, expect, it } from 'vitest'
import { problemText } from '../../../src/i18n/problemText'
import { readScenario, readScenarioText } from '../../../src/model/scenario/readScenario'
import { scenarioOf } from '../../builders/scenario'

describe('reading a scenario', () => {
  it('reads a valid scenario as it was written', () => {
    const scenario = scenarioOf({
      id: 'abc-123',
      rev: 3,
      createdAt: '2026-11-23T10:00:00Z',
      updatedAt: '2026-11-23T10:05:00.120Z',
    })
    expect(readScenario(JSON.parse(JSON.stringify(scenario)))).toEqual({ ok: true, scenario })
  })

  it.each([
    ['not JSON', '{"format": "omstilling.scenario", ', 'notJson'],
    ['a model file', '{"format": "omstilling.model", "schemaVersion": 1}', 'notScenarioFile'],
    [
      'a newer version',
      JSON.stringify({ ...scenarioOf(), schemaVersion: 7 }),
      'newerScenarioSchema',
    ],
    [
      'a number as an override',
      JSON.stringify({ ...scenarioOf(), overrides: { 'A.staff.costPerStaffYear': 800000 } }),
      'wrongType',
    ],
    [
      'a bad override key',
      JSON.stringify({ ...scenarioOf(), overrides: { 'A.staff': '1' } }),
      'badText',
    ],
    ['a name far too long', JSON.stringify({ ...scenarioOf(), name: 'x'.repeat(201) }), 'tooLong'],
    ['an empty name', JSON.stringify({ ...scenarioOf(), name: '  ' }), 'empty'],
    ['an extra field', JSON.stringify({ ...scenarioOf(), script: '<img src=x>' }), 'unknownField'],
    [
      'a huge file',
      `{"format":"omstilling.scenario","note":"${'x'.repeat(1_000_001)}"}`,
      'fileTooLarge',
    ],
  ])('refuses %s with a clear message', (_, text, code) => {
    const result = readScenarioText(text)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems.map((p) => p.code)).toContain(code)
    for (const problem of result.problems)
      expect(problemText(problem, 'nb')).not.toMatch(/undefined|\[object/)
  })

  it.each([
    '2026-11-23T10:00:00Z',
    '2024-02-29T23:59:59.999Z',
    '2000-02-29T00:00:00Z',
    '2026-12-31T00:00:00.5Z',
  ])('accepts the real time %s', (time) => {
    expect(readScenario(scenarioOf({ updatedAt: time })).ok).toBe(true)
    expect(Number.isNaN(new Date(time).getTime())).toBe(false)
  })

  it.each([
    ['2026-13-45T25:61:61Z', 'month', 'måneden må være 01–12'],
    ['9999-99-99T99:99:99Z', 'month', 'måneden må være 01–12'],
    ['2026-00-10T00:00:00Z', 'month', 'måneden må være 01–12'],
    ['2023-02-29T00:00:00Z', 'day', 'den dagen finnes ikke i den måneden'],
    ['1900-02-29T00:00:00Z', 'day', 'den dagen finnes ikke i den måneden'],
    ['2026-04-31T00:00:00Z', 'day', 'den dagen finnes ikke i den måneden'],
    ['2026-01-00T00:00:00Z', 'day', 'den dagen finnes ikke i den måneden'],
    ['2026-01-01T24:00:00Z', 'hour', 'timen må være 00–23'],
    ['2026-01-01T23:60:00Z', 'minute', 'minuttene må være 00–59'],
    ['2026-01-01T23:59:60Z', 'second', 'sekundene må være 00–59'],
  ])('refuses %s, which matches the pattern but does not exist', (time, part, words) => {
    const result = readScenarioText(JSON.stringify(scenarioOf({ createdAt: time })))
    expect(result).toEqual({
      ok: false,
      problems: [{ code: 'badTimestamp', path: ['createdAt'], found: time, part }],
    })
    if (!result.ok) {
      expect(problemText(result.problems[0]!, 'nb', { file: 'scenario' })).toBe(
        `Tidspunktet det ble laget: "${time}" er ikke et tidspunkt som finnes: ${words}.`,
      )
    }
  })

  it('reads a file that starts with a byte-order mark', () => {
    expect(readScenarioText(`\uFEFF${JSON.stringify(scenarioOf())}`)).toEqual({
      ok: true,
      scenario: scenarioOf(),
    })
  })

  it('refuses a file nested too deeply, with the limit in words', () => {
    const result = readScenarioText(`{"format":"omstilling.scenario","note":${'['.repeat(100_000)}`)
    expect(result).toMatchObject({ ok: false, problems: [{ code: 'tooDeep', limit: 64 }] })
  })

  it('lists the first 100 problems of a file with thousands, and counts the rest', () => {
    const overrides = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`bad${i}`, '1']))
    const result = readScenarioText(JSON.stringify({ ...scenarioOf(), overrides }))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems).toHaveLength(101)
    expect(result.problems.at(-1)).toEqual({ code: 'moreProblems', count: 4900 })
    expect(problemText(result.problems.at(-1)!, 'nb').replace(/\u00a0/g, ' ')).toBe(
      '… og 4 900 problemer til.',
    )
  })

  it('lists every problem of a file with exactly 100, with no count of more', () => {
    const overrides = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`bad${i}`, '1']))
    const result = readScenarioText(JSON.stringify({ ...scenarioOf(), overrides }))
    expect(result).toMatchObject({ ok: false })
    if (result.ok) return
    expect(result.problems).toHaveLength(100)
    expect(result.problems.map((p) => p.code)).not.toContain('moreProblems')
  })
})
