import { describe, expect, it } from 'vitest'
import { checkInput, InputIssue, InputType } from '../../../src/model/drivers/inputSpec'

describe('a year typed for an input', () => {
  const year = { type: InputType.year, label: { nb: 'År', en: 'Year' } }

  it.each(['2015', '1999'])('takes %s', (value) => {
    expect(checkInput(year, value)).toBeNull()
  })

  it.each(['20155', 'x2015', '2015 ', '201', '2015.0'])('refuses %j as no year', (value) => {
    expect(checkInput(year, value)).toBe(InputIssue.notYear)
  })
})
