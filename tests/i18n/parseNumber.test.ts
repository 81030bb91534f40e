import { describe, expect, it } from 'vitest'
import { parseNumber } from '../../src/i18n/parseNumber'

describe('reading numbers as people type them', () => {
  it.each([
    ['750000', '750000'],
    ['750 000', '750000'],
    ['750\u00a0000', '750000'],
    ['0,8', '0.8'],
    ['0.8', '0.8'],
    ['-10', '-10'],
    ['\u221210', '-10'],
    ['+5', '5'],
    [' 1 234,50 ', '1234.5'],
    ['0.125', '0.125'],
    [',5', '0.5'],
    ['12.', '12'],
  ])('%j is %s', (text, value) => {
    expect(parseNumber(text)).toEqual({ ok: true, value })
  })

  it.each([['abc'], [''], ['1,2,3'], ['1 234,5,6'], ['80 %'], ['--1'], ['1e5']])(
    'refuses %j',
    (text) => {
      expect(parseNumber(text)).toEqual({ ok: false, reason: 'notNumber' })
    },
  )

  it('refuses 750.000 as ambiguous rather than reading 750', () => {
    expect(parseNumber('750.000')).toEqual({ ok: false, reason: 'ambiguous' })
  })
})
