import { existsSync } from 'node:fs'
import { defineConfig } from '@playwright/test'

// Debian's chromium, never a downloaded browser. The flags keep it from calling home on a closed network.
const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'
if (!existsSync(executablePath)) {
  throw new Error(
    `The browser tests need Chromium at ${executablePath}. On Debian: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`,
  )
}

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  forbidOnly: true,
  reporter: [['list']],
  webServer: {
    command: 'npx vite preview --port 4173 --strictPort --host 127.0.0.1',
    url: 'http://127.0.0.1:4173',
    reuseExistingServer: false,
  },
  use: {
    baseURL: 'http://127.0.0.1:4173',
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
