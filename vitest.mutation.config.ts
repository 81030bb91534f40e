import { defineConfig } from 'vitest/config'
import { bundledFilesPlugin } from './bundledFilesPlugin.ts'

// Mutation testing runs the Node tests only: the engine and the state layer are tested there, and
// rendering the app in jsdom for each of some 4 000 mutants would take a day on two cores.
export default defineConfig({
  // The state layer reads the files of scenarios/ through the plugin, in tests as in the app.
  plugins: [bundledFilesPlugin()],
  test: {
    environment: 'node',
    include: [
      'tests/model/**/*.test.ts',
      'tests/cli/**/*.test.ts',
      'tests/i18n/**/*.test.ts',
      'tests/state/**/*.test.ts',
    ],
    // Instrumented code reading a 5 MB file on a busy 2-core machine takes well over the usual 30 s.
    testTimeout: 120_000,
    env: { MUTATION: '1' },
  },
})
