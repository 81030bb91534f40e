import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { LOCALE } from '../../../src/i18n/lang'
import { chartNumbers } from '../../../src/ui/charts/useChartNumbers'

// The charts' numbers are written without Intl, so that drawing them does not load its locale
// data: they must read as Intl would write them, rounding included.
describe('chart numbers', () => {
  const lang = fc.constantFrom('nb' as const, 'en' as const)
  const value = fc.oneof(
    fc.double({ min: -1e9, max: 1e9, noNaN: true }),
    // Halves at the last decimal, where the rounding direction shows.
    fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 8),
  )

  test.prop([value, lang, fc.constantFrom(0, 1, 2)])(
    'as Intl writes them, ticks and values',
    (n, language, decimals) => {
      const numbers = chartNumbers(language, decimals)
      const tick = new Intl.NumberFormat(LOCALE[language], {
        maximumFractionDigits: 2,
        signDisplay: 'negative',
      })
      const fixed = new Intl.NumberFormat(LOCALE[language], {
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
        signDisplay: 'negative',
      })
      expect(numbers.tick(n)).toBe(tick.format(n))
      expect(numbers.format(n)).toBe(fixed.format(n))
    },
  )
})
