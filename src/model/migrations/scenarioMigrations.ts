import type { MigrationChain } from './migrate'

/**
 * Scenario files' migrations. Version 1 is the first; a new version adds its migration here and a
 * fixture pair in tests/fixtures/scenario-migrations, which a test requires.
 */
export const scenarioMigrations: MigrationChain = {}
