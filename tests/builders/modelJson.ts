// Plain JSON builders, without node:fs, so jsdom tests can use them too.

export type Json = Record<string, unknown>

/** A driver of kind staffYears on the test unit. */
export const staffDriver = (change = '-1', cost = '600000'): Json => ({
  id: 'staff',
  kind: 'staffYears',
  unit: 'unit',
  function: '242',
  inputs: { staffYearsChange: change, costPerStaffYear: cost },
})

export function measureJson(id: string, extra: Json = {}): Json {
  return {
    id,
    title: `Tiltak ${id}`,
    description: 'Beskrivelse',
    status: 'recommended',
    theme: 'all',
    units: ['unit'],
    consequences: {
      users: { level: 'minor', summary: 'Liten' },
      staff: { level: 'minor', summary: 'Liten' },
    },
    uncertainty: { level: 'low', text: 'Sikkert' },
    drivers: [staffDriver()],
    ...extra,
  }
}

/** The smallest valid model: one unit, one theme, one measure, four plan years. */
export function minimalModel(extra: Json = {}): Json {
  return {
    format: 'omstilling.model',
    schemaVersion: 2,
    id: 'test',
    version: '1',
    title: 'Testmodell',
    source: { title: 'Test', publisher: 'Test kommune', year: 2024 },
    municipality: { name: 'Test kommune' },
    baseYear: 2024,
    planYears: [2025, 2026, 2027, 2028],
    target: { lasting: '1000000', text: 'Varig innsparing' },
    kostraFunctions: [
      { code: '242', name: 'Råd og veiledning' },
      { code: '850', name: 'Statstilskudd flyktninger' },
    ],
    themes: [{ id: 'all', title: 'Alle' }],
    units: [{ id: 'unit', name: 'Enhet', teams: [{ id: 'team', name: 'Team', staffYears: '10' }] }],
    measures: [measureJson('A')],
    ...extra,
  }
}
