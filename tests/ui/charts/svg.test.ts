import { describe, expect, it } from 'vitest'
import { linearScale, niceTicks } from '../../../src/ui/charts/svg/scale'
import { wrapLabel } from '../../../src/ui/charts/svg/wrapLabel'

describe('chart scales', () => {
  it.each([
    [0, 6.7, [0, 2, 4, 6, 8]],
    [-1.6, 0, [-2, -1.5, -1, -0.5, 0]],
    [0, 18.9, [0, 5, 10, 15, 20]],
    [0, 6700, [0, 2000, 4000, 6000, 8000]],
    [-0.35, 1.4, [-0.5, 0, 0.5, 1, 1.5]],
  ])('ticks for %d–%d are %j', (min, max, ticks) => {
    expect(niceTicks(min, max)).toEqual(ticks)
  })

  it('maps a domain onto pixels, upside down for a vertical axis', () => {
    const y = linearScale([0, 8], [240, 16])
    expect([y(0), y(8), y(4)]).toEqual([240, 16, 128])
  })
})

describe('chart labels', () => {
  it('wraps at spaces and shortens what does not fit in two lines', () => {
    expect(wrapLabel('NAV Vestvågøy, kommunal del', 33)).toEqual(['NAV Vestvågøy, kommunal del'])
    expect(wrapLabel('850 Generelt statstilskudd vedrørende flyktninger m.v.', 33)).toEqual([
      '850 Generelt statstilskudd',
      'vedrørende flyktninger m.v.',
    ])
    expect(wrapLabel('a b c d e f g h i j k l m n o p', 5)).toEqual(['a b c', 'd e …'])
  })
})
