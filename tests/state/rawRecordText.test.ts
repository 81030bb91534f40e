import { describe, expect, it } from 'vitest'
import { rawRecordText } from '../../src/state/storage/rawRecordText'

describe('a damaged record, written out for the user to keep', () => {
  it.each([
    [
      'plain values',
      { name: 'Æøå', rev: 3, ok: true, base: null },
      { name: 'Æøå', rev: 3, ok: true, base: null },
    ],
    ['undefined', undefined, '(undefined)'],
    ['a bigint', 10n, '10 (bigint)'],
    ['a bigint inside', { rev: 3n }, { rev: '3 (bigint)' }],
    ['a Map', new Map([['a', 1]]), { a: 1 }],
    ['a Set', new Set(['x']), ['x']],
    ['bytes', new Uint8Array([1, 2]), [1, 2]],
    ['a function', { f: () => 1 }, { f: '(function)' }],
    ['a symbol', { s: Symbol('s') }, { s: '(symbol)' }],
  ])('writes %s as JSON text', (_, raw, written) => {
    expect(JSON.parse(rawRecordText(raw))).toEqual(written)
  })

  it('writes out in full an object the record holds in two places', () => {
    const shared = { id: 's1', rev: 2 }
    const kept = new Map([['x', shared]])
    expect(JSON.parse(rawRecordText({ base: shared, also: shared, kept, again: kept }))).toEqual({
      base: shared,
      also: shared,
      kept: { x: shared },
      again: { x: shared },
    })
  })

  it('writes a cycle, also through a Map or a Set, and a too-deep record without throwing', () => {
    const map = new Map<string, unknown>()
    map.set('me', map)
    const set = new Set<unknown>()
    set.add({ up: set })
    expect(JSON.parse(rawRecordText({ map, set }))).toEqual({
      map: { me: '(cycle)' },
      set: [{ up: '(cycle)' }],
    })
    const cycle: Record<string, unknown> = { name: 'løkke' }
    cycle['self'] = cycle
    expect(rawRecordText(cycle)).toContain('"self": "(cycle)"')
    let deep: unknown = []
    for (let i = 0; i < 100_000; i++) deep = [deep]
    expect(() => JSON.parse(rawRecordText(deep)) as unknown).not.toThrow()
  })
})
