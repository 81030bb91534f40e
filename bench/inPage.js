// Runs inside the page, as plain JavaScript: the bundler that runs the benchmark must not touch it.
window.omstillingBench = {
  /** Time to the frame after the next one, with nothing else going on: a frame is painted between. */
  async noopFrame() {
    await new Promise((resolve) => setTimeout(resolve, 5))
    const start = performance.now()
    await this.paintedFrame()
    return performance.now() - start
  },

  /**
   * Time to the frame after the next when the only change is the headline total's text, made
   * directly, without the app: what the browser needs to paint that change on this machine.
   */
  async textOnlyFrame() {
    await new Promise((resolve) => setTimeout(resolve, 5))
    const text = document.querySelector('[data-testid="headline-year-saving"]')?.firstChild
    if (!text) throw new Error('the page has no headline total')
    const start = performance.now()
    // A no-break space comes and goes at the end: the width barely changes, the text does.
    text.textContent = text.textContent.endsWith('\u00a0')
      ? text.textContent.slice(0, -1)
      : `${text.textContent}\u00a0`
    await this.paintedFrame()
    return performance.now() - start
  },

  /** Resolves at the start of the frame after the next, when the next one has been painted. */
  async paintedFrame() {
    await new Promise((resolve) => requestAnimationFrame(resolve))
    await new Promise((resolve) => requestAnimationFrame(resolve))
  },

  /** Starts noting tasks of 50 ms or more; returns the time it started. */
  watchLongTasks() {
    this.longTasks = []
    // One observer at a time: another still watching would note each task twice.
    this.longTaskObserver?.disconnect()
    this.longTaskObserver = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) this.longTasks.push(entry.duration)
    })
    this.longTaskObserver.observe({ type: 'longtask' })
    return performance.now()
  },

  /** The longest task noted since watchLongTasks, or 0 when none took 50 ms. */
  longestTask() {
    return Math.max(0, ...this.longTasks)
  },

  /** The first measure on the page whose effect in the headline's year is not zero. */
  firstEffective() {
    const effect = Array.from(document.querySelectorAll('[data-testid^="effect-"]')).find((cell) =>
      /[1-9]/.test(cell.textContent ?? ''),
    )
    return effect?.getAttribute('data-testid')?.slice('effect-'.length) ?? null
  },

  /**
   * Switches a measure, and times the work, the headline text and the next painted frame,
   * checking that the headline total changed in it. The charts may follow a few frames later:
   * counts the frames until the waterfall has changed and every chart draws its current figures
   * (at most 120). The chance of reaching the target comes from a worker: timed until it is
   * current, its chart drawn.
   */
  async switchOnce(id) {
    const toggle = document.querySelector(`[data-testid="measure-${id}"] input[role="switch"]`)
    const total = document.querySelector('[data-testid="headline-year-saving"]')
    const chart = () =>
      Array.from(document.querySelectorAll('[data-testid="chart-waterfall"] rect.chart-bar'))
        .map((bar) => `${bar.getAttribute('y')}/${bar.getAttribute('height')}`)
        .join()
    // The charts of the evaluation; the chance's own chart follows the worker (timed apart below).
    const allDrawn = () =>
      Array.from(document.querySelectorAll('.chart-box'))
        .filter((box) => !box.closest('.chance'))
        .every((box) => box.getAttribute('data-drawn') === 'current')
    const chance = document.querySelector('section.chance')
    const chanceCurrent = () =>
      chance?.getAttribute('aria-busy') === 'false' &&
      Array.from(chance.querySelectorAll('.chart-box')).every(
        (box) => box.getAttribute('data-drawn') === 'current',
      )
    if (!toggle || !total) throw new Error(`the page has no switch for ${id}`)
    await new Promise((resolve) => setTimeout(resolve, 5))
    const before = { total: total.textContent, chart: chart() }
    let text = NaN
    const observer = new MutationObserver(() => {
      if (Number.isNaN(text) && total.textContent !== before.total) text = performance.now() - start
    })
    observer.observe(total, { childList: true, characterData: true, subtree: true })
    const start = performance.now()
    toggle.click()
    const work = performance.now() - start
    // React renders a click at once: the text is either there now, or the observer times it.
    if (total.textContent !== before.total) text = work
    await this.paintedFrame()
    const frame = performance.now() - start
    observer.disconnect()
    const updated = total.textContent !== before.total
    let chartFrames = 1
    while ((chart() === before.chart || !allDrawn()) && chartFrames < 120) {
      await new Promise((resolve) => requestAnimationFrame(resolve))
      chartFrames++
    }
    // Null where the page shows no chance (a browser without workers).
    let chanceMs = null
    if (chance) {
      while (!chanceCurrent() && performance.now() - start < 5000)
        await new Promise((resolve) => requestAnimationFrame(resolve))
      chanceMs = performance.now() - start
    }
    return {
      chanceMs,
      work,
      text,
      frame,
      updated,
      chartFrames,
      chartUpdated: chart() !== before.chart && allDrawn(),
    }
  },
}
