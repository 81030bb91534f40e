import type { MigrationChain } from './migrate'
import { modelV1toV2 } from './modelV1toV2'

/**
 * Model files' migrations, by the version each migrates from. Each comes with a fixture pair in
 * tests/fixtures/model-migrations, which a test requires.
 */
export const modelMigrations: MigrationChain = { 1: modelV1toV2 }
