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
})
