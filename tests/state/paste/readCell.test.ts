import { describe, expect, it } from 'vitest'
import { readCell } from '../../../src/state/table/readCell'

const amount = { kind: 'amount' } as const
const year = { kind: 'year' } as const
const side = {
  kind: 'select',
  options: [
    { value: 'expenditure', label: 'Utgift' },
    { value: 'income', label: 'Inntekt' },
  ],
} as const

describe('reading a cell as it is typed or copied from a spreadsheet', () => {
  it.each([
    ['1 234,5', '1234.5'],
    ['1\u00a0234,5', '1234.5'],
    ['1\u202f234,5', '1234.5'],
    ['\u22121 234', '-1234'],
    ['-1234', '-1234'],
    ['1234.5', '1234.5'],
    ['kr 1 234', '1234'],
    ['kr. 1 234,50', '1234.5'],
    ['1 234 kr', '1234'],
    ['1 234,00 kr.', '1234'],
    ['Kr 12', '12'],
    ['  7,2  ', '7.2'],
    ['0', '0'],
  ])('reads «%s» as the amount %s', (text, value) => {
    expect(readCell(text, amount)).toEqual({ ok: true, value })
  })

  it.each([
    ['12a', 'notNumber'],
    ['kr', 'notNumber'],
    ['1,2,3', 'notNumber'],
    ['750.000', 'ambiguous'],
    ['mange', 'notNumber'],
  ])('refuses «%s» as an amount: %s', (text, reason) => {
    expect(readCell(text, amount)).toEqual({ ok: false, reason })
  })

  it('reads an empty cell as no value, or null where the column says so', () => {
    expect(readCell('  ', amount)).toEqual({ ok: true, value: undefined })
    expect(readCell('', { kind: 'amount', empty: null })).toEqual({ ok: true, value: null })
  })

  it('reads years and whole numbers as numbers, and refuses fractions', () => {
    expect(readCell('2027', year)).toEqual({ ok: true, value: 2027 })
    expect(readCell('2027,5', year)).toEqual({ ok: false, reason: 'notWhole' })
    expect(readCell('12', { kind: 'integer' })).toEqual({ ok: true, value: 12 })
  })

  it('reads a choice by its value or its words, in any case, and refuses others', () => {
    expect(readCell('income', side)).toEqual({ ok: true, value: 'income' })
    expect(readCell('utgift', side)).toEqual({ ok: true, value: 'expenditure' })
    expect(readCell('annet', side)).toEqual({ ok: false, reason: 'notOption' })
  })

  it('keeps text as text, trimmed', () => {
    expect(readCell(' Sosialhjelp ', { kind: 'text' })).toEqual({ ok: true, value: 'Sosialhjelp' })
  })
})
