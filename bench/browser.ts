import { spawn, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'
import { ms } from './measure'

const PORT = 4175
const SWITCHES = 60

interface Sample {
  /** The click handler, React's render and commit: the script work a switch causes. */
  work: number
  /** From the click until the frame showing it has been painted, the headline checked as updated. */
  frame: number
  updated: boolean
  /** Frames from the click until the waterfall chart showed the switch. */
  chartFrames: number
  chartUpdated: boolean
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

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ??
  NaN
const median = (values: number[]) => percentile(values, 0.5)

/**
 * The built app in Debian's Chromium: the time from switching a measure to the frame that shows
 * the new headline total, against a frame in which nothing happens, and the frames until the chart
 * follows.
 */
export async function benchBrowser() {
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' })
  if (build.status !== 0) throw new Error('vite build failed')
  const server = spawn(
    'npx',
    ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
    {
      stdio: 'ignore',
      detached: true,
    },
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
  try {
    await waitFor(`http://127.0.0.1:${PORT}/`)
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    await page.goto(`http://127.0.0.1:${PORT}/`)
    await page.getByTestId('headline-year-saving').waitFor()

    // Evaluated rather than added as a script tag: the app's content security policy forbids those.
    await page.evaluate(
      readFileSync(fileURLToPath(new URL('./inPage.js', import.meta.url)), 'utf8'),
    )

    const noop: number[] = []
    const samples: Sample[] = []
    for (let i = 0; i < SWITCHES; i++) {
      noop.push(await page.evaluate<number>('window.omstillingBench.noopFrame()'))
      samples.push(await page.evaluate<Sample>("window.omstillingBench.switchOnce('D')"))
    }
    return {
      switches: samples.length,
      allUpdated: samples.every((s) => s.updated),
      chartsUpdated: samples.every((s) => s.chartUpdated),
      chartFramesMedian: median(samples.map((s) => s.chartFrames)),
      chartFramesP95: percentile(
        samples.map((s) => s.chartFrames),
        0.95,
      ),
      workMs: median(samples.map((s) => s.work)),
      frameMs: median(samples.map((s) => s.frame)),
      noopFrameMs: median(noop),
    }
  } finally {
    await browser.close()
    if (server.pid) process.kill(-server.pid)
  }
}

export function printBrowser(result: Awaited<ReturnType<typeof benchBrowser>>): void {
  console.log(
    '\nBrowser: switching measure D in the built app, Chromium 1280×720 (median of',
    result.switches,
    'switches)',
  )
  console.log(
    `    script work per switch ${ms(result.workMs)} ms (click, evaluation, render and commit)`,
  )
  console.log(
    `    switch to painted frame ${ms(result.frameMs)} ms, no-op frame ${ms(result.noopFrameMs)} ms, ratio ${(result.frameMs / result.noopFrameMs).toFixed(2)}×; a 60 Hz frame is 16.7 ms`,
  )
  console.log(
    `    headline total updated in that frame every time: ${result.allUpdated ? 'yes' : 'NO'}`,
  )
  console.log(
    `    waterfall chart updated ${result.chartsUpdated ? 'every time' : 'NOT every time'}, after ${result.chartFramesMedian} frames (median), ${result.chartFramesP95} (p95); goal ≤ 6`,
  )
}
