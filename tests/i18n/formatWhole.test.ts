import { describe, expect, it } from 'vitest'
import { formatWhole } from '../../src/i18n/numbers'

describe('whole numbers such as years', () => {
  it.each([
    [2014, 'nb', '2014'],
    [-5, 'nb', '\u22125'],
    [-5, 'en', '-5'],
    [1000000000, 'en', '1000000000'],
  ] as const)('%i in %s is %s', (value, lang, text) => {
    expect(formatWhole(value, lang)).toBe(text)
  })
})
