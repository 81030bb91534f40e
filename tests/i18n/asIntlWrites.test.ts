import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { formatDate } from '../../src/i18n/dates'
import { LOCALE, type Lang } from '../../src/i18n/lang'
import { joinList } from '../../src/i18n/lists'
import { formatDecimal, formatWhole } from '../../src/i18n/numbers'

// Numbers, dates and lists on the first screen are written without Intl, which costs the first
// screen its locale data: each must read exactly as Intl writes it in both languages.
const LANGS: readonly Lang[] = ['nb', 'en']
const lang = fc.constantFrom(...LANGS)

describe('written as Intl writes them', () => {
  // Up to 20 decimals, the most Intl shows; no trailing zero, which the exact value does not keep.
  const decimalText = fc
    .tuple(
      fc.boolean(),
      fc.bigInt({ min: 0n, max: 10n ** 25n }),
      fc.stringMatching(/^(\d{0,19}[1-9])?$/),
    )
    .map(
      ([negative, whole, fraction]) =>
        `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`,
    )
    // Zero has no sign here (a decimal string is never "-0"), where Intl writes "−0".
    .filter((text) => text !== '-0')

  test.prop([decimalText, lang, fc.boolean()])(
    'a decimal, its grouping, decimal sign and sign',
    (text, language, always) => {
      const places = text.split('.')[1]?.length ?? 0
      const intl = new Intl.NumberFormat(LOCALE[language], {
        minimumFractionDigits: places,
        maximumFractionDigits: places,
        signDisplay: always ? 'exceptZero' : 'auto',
      })
      // Intl reads a string as the exact decimal it writes.
      const expected = intl.format(text as unknown as number)
      expect(formatDecimal(text, language, always ? { sign: 'always' } : {})).toBe(expected)
    },
  )

  test.prop([fc.integer({ min: -1e9, max: 1e9 }), lang])(
    'a whole number, ungrouped',
    (n, language) => {
      const intl = new Intl.NumberFormat(LOCALE[language], { useGrouping: false })
      expect(formatWhole(n, language)).toBe(intl.format(n))
    },
  )

  it.each(LANGS)('every month of the year in %s', (language) => {
    const intl = new Intl.DateTimeFormat(LOCALE[language], {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    })
    for (let month = 0; month < 12; month++)
      for (const day of [1, 9, 28]) {
        const date = new Date(2026, month, day)
        expect(formatDate(date, language)).toBe(intl.format(date))
      }
  })

  test.prop([fc.array(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 7 }), lang])(
    'a list of any names',
    (items, language) => {
      const intl = new Intl.ListFormat(LOCALE[language], { type: 'conjunction' })
      expect(joinList(items, language)).toBe(intl.format(items))
    },
  )

  it.each(LANGS)('lists of none to four in %s', (language) => {
    const intl = new Intl.ListFormat(LOCALE[language], { type: 'conjunction' })
    const items = ['B1', 'B2', 'B3', 'B4']
    for (let n = 0; n <= items.length; n++)
      expect(joinList(items.slice(0, n), language)).toBe(intl.format(items.slice(0, n)))
  })
})
