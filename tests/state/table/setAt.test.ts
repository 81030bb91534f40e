import { describe, expect, it } from 'vitest'
import { setAt, valueAt } from '../../../src/state/table/setAt'

describe('writing a cell’s value into the model file', () => {
  it('writes at a place inside, keeping what is beside it', () => {
    const line = { label: 'Sosialhjelp', amounts: { '2026': '1' } }
    setAt(line, ['amounts', '2027'], '2')
    expect(line).toEqual({ label: 'Sosialhjelp', amounts: { '2026': '1', '2027': '2' } })
  })

  it('makes the objects on the way that are missing or not objects', () => {
    const line: Record<string, unknown> = { label: 'A', amounts: 'ødelagt', extra: null }
    setAt(line, ['amounts', '2026'], '5')
    setAt(line, ['extra', 'a', 'b'], 1)
    setAt(line, ['new', 'x'], true)
    expect(line).toEqual({
      label: 'A',
      amounts: { '2026': '5' },
      extra: { a: { b: 1 } },
      new: { x: true },
    })
  })

  it('writes into a list by position', () => {
    const team = { years: [2026, 2027] }
    setAt(team, ['years', 1], 2028)
    expect(team).toEqual({ years: [2026, 2028] })
  })

  it('removes the place for an emptied cell, and keeps null where the file allows it', () => {
    const line = { amounts: { '2026': '1', '2027': '2' }, reported: '3' }
    setAt(line, ['amounts', '2026'], undefined)
    setAt(line, ['reported'], null)
    expect(line).toEqual({ amounts: { '2027': '2' }, reported: null })
    expect(Object.hasOwn(line.amounts, '2026')).toBe(false)
  })

  it('writes nothing at an empty path', () => {
    const row = { a: 1 }
    setAt(row, [], 'x')
    expect(row).toEqual({ a: 1 })
  })
})

describe('reading a value of the model file', () => {
  const file = { planYears: [2027, 2028], accounts: [{ years: [2026], title: null }] }

  it('reads through objects and lists', () => {
    expect(valueAt(file, ['planYears'])).toEqual([2027, 2028])
    expect(valueAt(file, ['accounts', 0, 'years', 0])).toBe(2026)
    expect(valueAt(file, [])).toBe(file)
  })

  it('gives undefined where there is nothing, never a value inherited from JavaScript', () => {
    expect(valueAt(file, ['accounts', 1, 'years'])).toBeUndefined()
    expect(valueAt(file, ['accounts', 0, 'title', 'x'])).toBeUndefined()
    expect(valueAt(file, ['constructor'])).toBeUndefined()
    expect(valueAt(file, ['accounts', 0, 'toString'])).toBeUndefined()
    expect(valueAt(undefined, ['planYears'])).toBeUndefined()
    expect(valueAt('text', ['length'])).toBeUndefined()
  })
})
