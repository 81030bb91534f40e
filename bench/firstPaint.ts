import { writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { ms } from './measure'
import { buildApp, median, withServedApp } from './servedApp'

const PORT = Number(process.env['BENCH_PORT'] ?? 4176)
const LOADS = 10
// The baseline: a page with one heading and no script, served by the same server as the app.
const STATIC_PAGE = 'bench-static.html'
// Run in the page before its own scripts: notes when the frame that first shows a switch that
// takes clicks is made (the first animation frame after it is in the page). The clock is read in
// that frame, not taken from its timestamp: a frame due while a long task ran is stamped with the
// time it was due, which can be before the switch was even in the page.
// It also notes when every chart has drawn its figures, and the tasks of 50 ms or more: one that
// runs once the switches are usable holds back the input that comes meanwhile.
const USABLE_IN_PAGE = `
  new MutationObserver((_, observer) => {
    if (!document.querySelector('[role="switch"]:enabled')) return
    observer.disconnect()
    requestAnimationFrame(() => { window.omstillingUsable = performance.now() })
  }).observe(document, { subtree: true, childList: true, attributes: true })
  new MutationObserver((_, observer) => {
    const boxes = [...document.querySelectorAll('.chart-box')]
    if (!boxes.length || !boxes.every((box) => box.getAttribute('data-drawn') === 'current' && box.querySelector('.chart-bar'))) return
    observer.disconnect()
    window.omstillingDrawn = performance.now()
  }).observe(document, { subtree: true, childList: true, attributes: true })
  window.omstillingLongTasks = []
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.omstillingLongTasks.push([entry.startTime, entry.duration])
  }).observe({ type: 'longtask', buffered: true })
`

/**
 * First contentful paint of the built app, and the time from navigation until a measure's switch
 * can be used, beside a static page from the same server: median of ten fresh loads each, every
 * load in a new browser context so that no cache or service worker from the one before helps it.
 * `--outDir dir` measures a build already made there instead of building.
 */
export async function benchFirstPaint(outDir?: string) {
  const dir = outDir ?? 'dist'
  if (!outDir) buildApp()
  writeFileSync(
    join(dir, STATIC_PAGE),
    '<!doctype html><html lang="nb"><head><meta charset="UTF-8" /><title>Statisk</title></head><body><h1>Omstilling</h1></body></html>',
  )
  return withServedApp({ dir, port: PORT }, async (browser, origin) => {
    const firstPaint = async (path: string, usable: boolean) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
      const page = await context.newPage()
      // Timed in the page: Playwright's own polling would add its interval to the figure.
      if (usable) await page.addInitScript(USABLE_IN_PAGE)
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
      // The app is usable when a switch takes clicks (it is held until this tab's unsaved work has
      // been read back); the static page when it has loaded.
      if (usable) await page.waitForFunction(() => 'omstillingDrawn' in window)
      else await page.waitForLoadState('load')
      const ready = usable
        ? await page.evaluate<number>('window.omstillingUsable')
        : await page.evaluate(
            () =>
              (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
                .loadEventEnd,
          )
      const drawn = usable ? await page.evaluate<number>('window.omstillingDrawn') : 0
      const longest = usable
        ? await page.evaluate<number>(
            'Math.max(0, ...window.omstillingLongTasks.filter(([start]) => start >= window.omstillingUsable).map(([, duration]) => duration))',
          )
        : 0
      await context.close()
      return { fcp, ready, drawn, longest }
    }
    // One load each to warm the server and the browser's own start, not counted.
    await firstPaint('/', true)
    await firstPaint(`/${STATIC_PAGE}`, false)
    const app: Awaited<ReturnType<typeof firstPaint>>[] = []
    const page: Awaited<ReturnType<typeof firstPaint>>[] = []
    for (let i = 0; i < LOADS; i++) {
      app.push(await firstPaint('/', true))
      page.push(await firstPaint(`/${STATIC_PAGE}`, false))
    }
    return {
      loads: LOADS,
      appFcp: median(app.map((a) => a.fcp)),
      appUsable: median(app.map((a) => a.ready)),
      appDrawn: median(app.map((a) => a.drawn)),
      appLongestTask: median(app.map((a) => a.longest)),
      staticFcp: median(page.map((p) => p.fcp)),
      staticLoaded: median(page.map((p) => p.ready)),
      load: loadavg()
        .map((l) => l.toFixed(2))
        .join(', '),
    }
  })
}

export function printFirstPaint(result: Awaited<ReturnType<typeof benchFirstPaint>>): void {
  console.log(
    `\nFirst paint: built app served locally, Chromium 1280×720, median of ${result.loads} fresh loads (load average ${result.load})`,
  )
  console.log(
    `    first contentful paint ${ms(result.appFcp)} ms, a static page from the same server ${ms(result.staticFcp)} ms, ratio ${(result.appFcp / result.staticFcp).toFixed(2)}×; goal ≤ 300 ms`,
  )
  console.log(
    `    navigation to a usable switch ${ms(result.appUsable)} ms, the static page loaded ${ms(result.staticLoaded)} ms; goal ≤ 500 ms`,
  )
  console.log(
    `    navigation to every chart drawn ${ms(result.appDrawn)} ms; the longest task between a usable switch and then ${ms(result.appLongestTask)} ms (input waits for it)`,
  )
}

if (process.argv[1]?.endsWith('firstPaint.ts')) {
  const at = process.argv.indexOf('--outDir')
  printFirstPaint(await benchFirstPaint(at > 0 ? process.argv[at + 1] : undefined))
}
