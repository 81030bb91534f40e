// Runs inside the page, as plain JavaScript: the bundler that runs the benchmark must not touch it.
window.omstillingBench = {
  /** Time to the frame after the next one, with nothing else going on: a frame is painted between. */
  async noopFrame() {
    await new Promise((resolve) => setTimeout(resolve, 5))
    const start = performance.now()
    await this.paintedFrame()
    return performance.now() - start
  },

  /** Resolves at the start of the frame after the next, when the next one has been painted. */
  async paintedFrame() {
    await new Promise((resolve) => requestAnimationFrame(resolve))
    await new Promise((resolve) => requestAnimationFrame(resolve))
  },

  /**
   * Switches a measure, and times the work and the next painted frame, checking that the headline
   * total changed in it. The charts may follow a few frames later: counts the frames until the
   * waterfall has changed too (at most 120).
   */
  async switchOnce(id) {
    const toggle = document.querySelector(`[data-testid="measure-${id}"] input[role="switch"]`)
    const total = document.querySelector('[data-testid="headline-year-saving"]')
    const chart = () =>
      Array.from(document.querySelectorAll('[data-testid="chart-waterfall"] rect.chart-bar'))
        .map((bar) => `${bar.getAttribute('y')}/${bar.getAttribute('height')}`)
        .join()
    if (!toggle || !total) throw new Error(`the page has no switch for ${id}`)
    await new Promise((resolve) => setTimeout(resolve, 5))
    const before = { total: total.textContent, chart: chart() }
    const start = performance.now()
    toggle.click()
    const work = performance.now() - start
    await this.paintedFrame()
    const frame = performance.now() - start
    const updated = total.textContent !== before.total
    let chartFrames = 1
    while (chart() === before.chart && chartFrames < 120) {
      await new Promise((resolve) => requestAnimationFrame(resolve))
      chartFrames++
    }
    return { work, frame, updated, chartFrames, chartUpdated: chart() !== before.chart }
  },
}
