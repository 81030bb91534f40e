import { SCENARIO_SCHEMA_VERSION, type ScenarioFile } from '../../src/model/scenario/scenarioFile'

/** A valid scenario on the Vestvågøy model, with what a test needs changed. */
export const scenarioOf = (extra: Partial<ScenarioFile> = {}): ScenarioFile => ({
  format: 'omstilling.scenario',
  schemaVersion: SCENARIO_SCHEMA_VERSION,
  name: 'Testscenario',
  note: '',
  model: { id: 'vestvagoy-2014', version: '2014.1' },
  selection: ['A', 'B1', 'D'],
  overrides: { 'D.groupHomes.refundRate': '0.9' },
  ...extra,
})
