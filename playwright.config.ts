import { existsSync } from 'node:fs'
import { defineConfig } from '@playwright/test'

// Debian's chromium, never a downloaded browser. The flags keep it from calling home on a closed network.
const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'
if (!existsSync(executablePath)) {
  throw new Error(
    `The browser tests need Chromium at ${executablePath}. On Debian: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`,
  )
}

// Another port lets two checkouts run their browser tests side by side.
const port = Number(process.env['E2E_PORT'] ?? 4173)
export const origin = `http://127.0.0.1:${port}`

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  forbidOnly: true,
  // Two pages and a production build on a 2-core machine: a minute each, not the default 30 s.
  timeout: 60_000,
  reporter: [['list']],
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
    url: origin,
    reuseExistingServer: false,
  },
  use: {
    baseURL: origin,
    locale: 'nb-NO',
    viewport: { width: 1280, height: 720 },
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
})
