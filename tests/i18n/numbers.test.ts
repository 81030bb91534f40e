import { describe, expect, it } from 'vitest'
import { formatDecimal, formatPercent, plainText } from '../../src/i18n/numbers'
import { dec } from '../../src/model/money/decimal'

// Intl writes a no-break space and a true minus sign; compare in plain characters.
const plain = plainText

describe('Norwegian number formatting', () => {
  it.each([
    ['-6700000', {}, '-6 700 000'],
    ['-6.7', { decimals: 2, minDecimals: 2 }, '-6,70'],
    ['15955.2', {}, '15 955,2'],
    ['-0.004', { decimals: 2 }, '0'],
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

  it('writes shares as per cent', () => {
    expect(plain(formatPercent(dec('0.653'), 'nb'))).toBe('65,3 %')
  })
})
