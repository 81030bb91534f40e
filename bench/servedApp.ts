import { spawn, spawnSync } from 'node:child_process'
import { chromium, type Browser } from '@playwright/test'

export const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ??
  Number.NaN
export const median = (values: number[]) => percentile(values, 0.5)

export function buildApp(): void {
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' })
  if (build.status !== 0) throw new Error('vite build failed')
}

async function waitFor(url: string, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs
  for (;;) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not up yet
    }
    if (Date.now() > until) throw new Error(`${url} did not start`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

/**
 * The built app in `dir` served locally and Debian's Chromium, both ended when `use` is done,
 * whatever it throws. The port is its own, so that several copies can be benched on one machine.
 */
export async function withServedApp<T>(
  { dir, port }: { dir: string; port: number },
  use: (browser: Browser, origin: string) => Promise<T>,
): Promise<T> {
  const server = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--outDir',
      dir,
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    { stdio: 'ignore', detached: true },
  )
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  })
  const origin = `http://127.0.0.1:${port}`
  try {
    await waitFor(`${origin}/`)
    return await use(browser, origin)
  } finally {
    await browser.close()
    if (server.pid) process.kill(-server.pid)
  }
}
