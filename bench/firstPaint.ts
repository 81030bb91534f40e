import { spawn, spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { ms } from './measure'

const PORT = Number(process.env['BENCH_PORT'] ?? 4176)
const LOADS = 10
// The baseline: a page with one heading and no script, served by the same server as the app.
const STATIC_PAGE = 'bench-static.html'

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

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN

/**
 * First contentful paint of the built app, and the time from navigation until a measure's switch
 * can be used, beside a static page from the same server: median of ten fresh loads each, every
 * load in a new browser context so that no cache or service worker from the one before helps it.
 * `--outDir dir` measures a build already made there instead of building.
 */
export async function benchFirstPaint(outDir?: string) {
  const dir = outDir ?? 'dist'
  if (!outDir) {
    const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' })
    if (build.status !== 0) throw new Error('vite build failed')
  }
  writeFileSync(
    join(dir, STATIC_PAGE),
    '<!doctype html><html lang="nb"><head><meta charset="UTF-8" /><title>Statisk</title></head><body><h1>Omstilling</h1></body></html>',
  )
  const server = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--outDir',
      dir,
      '--port',
      String(PORT),
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
  const origin = `http://127.0.0.1:${PORT}`
  const firstPaint = async (path: string, usable: boolean) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
    const page = await context.newPage()
    await page.goto(origin + path)
    const fcp = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          new PerformanceObserver((list) => {
            const entry = list.getEntriesByName('first-contentful-paint')[0]
            if (entry) resolve(entry.startTime)
          }).observe({ type: 'paint', buffered: true })
        }),
    )
    let switchUsable = Number.NaN
    if (usable) {
      // A switch is held (disabled) until this tab's unsaved work has been read back.
      await page.locator('[role="switch"]:enabled').first().waitFor()
      switchUsable = await page.evaluate(() => performance.now())
    }
    await context.close()
    return { fcp, switchUsable }
  }
  try {
    await waitFor(`${origin}/`)
    // One load each to warm the server and the browser's own start, not counted.
    await firstPaint('/', true)
    await firstPaint(`/${STATIC_PAGE}`, false)
    const app: { fcp: number; switchUsable: number }[] = []
    const page: number[] = []
    for (let i = 0; i < LOADS; i++) {
      app.push(await firstPaint('/', true))
      page.push((await firstPaint(`/${STATIC_PAGE}`, false)).fcp)
    }
    return {
      loads: LOADS,
      appFcp: median(app.map((a) => a.fcp)),
      appUsable: median(app.map((a) => a.switchUsable)),
      staticFcp: median(page),
      load: loadavg()
        .map((l) => l.toFixed(2))
        .join(', '),
    }
  } finally {
    await browser.close()
    if (server.pid) process.kill(-server.pid)
  }
}

export function printFirstPaint(result: Awaited<ReturnType<typeof benchFirstPaint>>): void {
  console.log(
    `\nFirst paint: built app served locally, Chromium 1280×720, median of ${result.loads} fresh loads (load average ${result.load})`,
  )
  console.log(
    `    first contentful paint ${ms(result.appFcp)} ms, a static page from the same server ${ms(result.staticFcp)} ms, ratio ${(result.appFcp / result.staticFcp).toFixed(2)}×; goal ≤ 300 ms`,
  )
  console.log(`    navigation to a usable switch ${ms(result.appUsable)} ms; goal ≤ 500 ms`)
}

if (process.argv[1]?.endsWith('firstPaint.ts')) {
  const at = process.argv.indexOf('--outDir')
  printFirstPaint(await benchFirstPaint(at > 0 ? process.argv[at + 1] : undefined))
}
