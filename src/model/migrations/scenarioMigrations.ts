import type { MigrationChain } from './migrate'

/**
 * Scenario files' migrations. A new version adds its migration here and a fixture pair in
 * tests/fixtures/scenario-migrations, which a test requires.
 */
export const scenarioMigrations: MigrationChain = {
  // Version 2 may carry the model it was made on (`modelFile`); a version-1 scenario carries
  // none and means what it meant.
  1: (file) => ({ ...file }),
}
