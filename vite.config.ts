import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { defineConfig } from 'vitest/config'

// Municipal data must stay on the machine: the built app may load and send nothing outside its own
// origin. (Only in the build: the dev server needs an inline script for hot reload.)
const contentSecurityPolicy: Plugin = {
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml: (html) =>
    html.replace(
      '<meta charset="UTF-8" />',
      `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'self'" />`,
    ),
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy],
  build: { target: 'es2022' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          // Big inputs (a 5 MB file) and mutation testing's instrumented code are slow on 2 cores.
          testTimeout: 30_000,
          include: [
            'tests/model/**/*.test.ts',
            'tests/cli/**/*.test.ts',
            'tests/i18n/**/*.test.ts',
            'tests/lint/**/*.test.ts',
            'tests/state/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'jsdom',
          environment: 'jsdom',
          include: ['tests/ui/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/ui/setup.ts'],
          // Rendering the whole app in jsdom takes seconds on a loaded 2-core machine.
          testTimeout: 30_000,
        },
      },
    ],
  },
})
