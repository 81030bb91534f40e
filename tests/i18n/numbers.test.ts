import { describe, expect, it } from 'vitest'
import { formatDecimal, formatPercent, plainText } from '../../src/i18n/numbers'
import { dec } from '../../src/model/money/decimal'
import { roundToPlaces } from '../../src/model/money/rounding'

// Intl writes a no-break space and a true minus sign; compare in plain characters.
const plain = plainText

describe('Norwegian number formatting', () => {
  it.each([
    ['-6700000', {}, '-6 700 000'],
    ['-6.7', { decimals: 2, minDecimals: 2 }, '-6,70'],
    ['15955.2', {}, '15 955,2'],
    ['-0.004', { decimals: 2 }, '0'],
    ['-0', {}, '0'],
    ['-0.95', { decimals: 1 }, '-1'],
    ['12345678901234567890.12', {}, '12 345 678 901 234 567 890,12'],
  ])('%s %j is %s', (value, options, expected) => {
    expect(plain(formatDecimal(value, 'nb', options))).toBe(expected)
  })

  it('writes a true minus sign and no-break spaces for the eye', () => {
    expect(formatDecimal('-6700', 'nb')).toBe('\u22126\u00a0700')
  })

  it('formats in English on request', () => {
    expect(formatDecimal('-6700000.5', 'en')).toBe('-6,700,000.5')
  })

  const digits = (count: number) =>
    Array.from({ length: count }, (_, i) => String(((i * 7 + 3) % 9) + 1)).join('')
  const DECIMALS = Array.from({ length: 41 }, (_, count) => count)

  it.each(DECIMALS)('shows every one of %i decimals exactly, in both languages', (count) => {
    const fraction = digits(count)
    const value = count === 0 ? '-1234567' : `-1234567.${fraction}`
    expect(plain(formatDecimal(value, 'nb'))).toBe(
      count === 0 ? '-1 234 567' : `-1 234 567,${fraction}`,
    )
    expect(formatDecimal(value, 'en')).toBe(count === 0 ? '-1,234,567' : `-1,234,567.${fraction}`)
    expect(plain(formatDecimal(value.slice(1), 'nb', { sign: 'always' }))).toMatch(/^\+1 234 567/)
  })

  it.each(DECIMALS)('rounds to %i decimals when asked, padding with zeros', (count) => {
    const value = `0.${'9'.repeat(45)}`
    const expected = count === 0 ? '1' : `1.${'0'.repeat(count)}`
    expect(formatDecimal(value, 'en', { decimals: count, minDecimals: count })).toBe(expected)
    expect(formatDecimal(`0.${digits(45)}`, 'en', { decimals: count })).toBe(
      roundToPlaces(dec(`0.${digits(45)}`), count).toFixed(),
    )
  })

  it('writes shares as per cent', () => {
    expect(plain(formatPercent(dec('0.653'), 'nb'))).toBe('65,3 %')
  })
})
