import { describe, expect, it } from 'vitest'
import { dec } from '../../../src/model/money/decimal'
import { sameDec, samePlain } from '../../../src/state/derived/sameValues'

describe('telling whether derived figures changed', () => {
  it('takes amounts alike in value as the same, and a missing one only as another missing one', () => {
    expect(sameDec(dec('1.50'), dec('1.5'))).toBe(true)
    expect(sameDec(undefined, undefined)).toBe(true)
    expect(sameDec(dec(1), dec(2))).toBe(false)
    expect(sameDec(dec(0), undefined)).toBe(false)
    expect(sameDec(undefined, dec(0))).toBe(false)
  })

  it.each([
    ['equal rows', [{ label: '2015', saving: 6.7 }], [{ label: '2015', saving: 6.7 }], true],
    ['another figure', [{ label: '2015', saving: 6.7 }], [{ label: '2015', saving: 6.3 }], false],
    ['a row more', [{ a: 1 }], [{ a: 1 }, { a: 1 }], false],
    ['a key more', { a: 1 }, { a: 1, b: 2 }, false],
    ['another key', { a: 1 }, { b: 1 }, false],
    ['a key missing but undefined', { a: undefined }, { b: undefined }, false],
    ['an array and an object alike by keys', ['x'], { 0: 'x' }, false],
    ['null and an object', null, {}, false],
    ['an object and null', {}, null, false],
    ['a number and a string', 1, '1', false],
    ['NaN and NaN', NaN, NaN, true],
    ['equal maps', new Map([['a', [1]]]), new Map([['a', [1]]]), true],
    ['maps with another value', new Map([['a', 1]]), new Map([['a', 2]]), false],
    ['maps with another key', new Map([['a', 1]]), new Map([['b', 1]]), false],
    ['maps of another size', new Map([['a', 1]]), new Map(), false],
    ['a map and an object', new Map(), {}, false],
    ['an object and a map', {}, new Map(), false],
    ['an empty object and a number', {}, 1, false],
    ['a number and an empty object', 1, {}, false],
    ['an empty map and an object with a size', new Map(), { size: 0 }, false],
    ['an object with a size and an empty map', { size: 0 }, new Map(), false],
    ['a map and the same map with more', new Map(), new Map([['a', 1]]), false],
    [
      'maps alike in one key, not the other',
      new Map([
        ['a', 1],
        ['b', 2],
      ]),
      new Map([
        ['a', 1],
        ['b', 3],
      ]),
      false,
    ],
  ])('%s', (_, a, b, same) => {
    expect(samePlain(a, b)).toBe(same)
  })
})
