import { describe, expect, it } from 'vitest'
import { dec } from '../../../src/model/money/decimal'
import { agreesAtStep, roundToStep } from '../../../src/model/money/rounding'

describe('the display rounding policy: halves away from zero', () => {
  it.each([
    ['-950000', '100000', '-1000000'], // B2's net as the report prints it
    ['950000', '100000', '1000000'],
    ['-1249', '1000', '-1000'],
    ['-1500', '1000', '-2000'],
    ['0.6525', '0.001', '0.653'],
  ])('%s to the nearest %s is %s', (value, step, expected) => {
    expect(roundToStep(dec(value), dec(step)).toFixed()).toBe(dec(expected).toFixed())
  })

  it('tells whether a printed figure is the exact one rounded', () => {
    expect(agreesAtStep(dec('15004.8'), dec('15005'), dec(1))).toBe(true)
    expect(agreesAtStep(dec('15955.2'), dec('15956'), dec(1))).toBe(false)
  })
})
