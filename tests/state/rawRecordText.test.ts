import { describe, expect, it } from 'vitest'
import { rawRecordText } from '../../src/state/storage/rawRecordText'

describe('a damaged record, written out for the user to keep', () => {
  it.each([
    ['undefined', undefined, '"(undefined)"'],
    ['a bigint', 10n, '"10 (bigint)"'],
    ['a bigint inside', { rev: 3n }, '"rev": "3 (bigint)"'],
    ['a Map', new Map([['a', 1]]), '"a": 1'],
    ['a Set', new Set(['x']), '"x"'],
    ['bytes', new Uint8Array([1, 2]), '1,'],
    ['a function', { f: () => 1 }, '"(function)"'],
  ])('writes %s as JSON text', (_, raw, part) => {
    const text = rawRecordText(raw)
    expect(() => JSON.parse(text) as unknown).not.toThrow()
    expect(text).toContain(part)
  })

  it('writes a cycle and a too-deep record without throwing', () => {
    const cycle: Record<string, unknown> = { name: 'løkke' }
    cycle['self'] = cycle
    expect(rawRecordText(cycle)).toContain('"self": "(cycle)"')
    let deep: unknown = []
    for (let i = 0; i < 100_000; i++) deep = [deep]
    expect(() => JSON.parse(rawRecordText(deep)) as unknown).not.toThrow()
  })
})
