import { describe, expect, it } from 'vitest'
import { choicesOf, textOf } from '../../../src/ui/modelEditor/measures/draftChoices'

const named = (f: Record<string, unknown>) => `${textOf(f, 'code')} ${textOf(f, 'name')}`

describe('choices from a list in the model being edited', () => {
  it('offers a KOSTRA function renamed over the years once, under both its names', () => {
    const functions = [
      { code: '281', name: 'Økonomisk sosialhjelp', toYear: 2015 },
      { code: '281', name: 'Ytelse til livsopphold', fromYear: 2016 },
      { code: '242', name: 'Råd, veiledning og sosialt forebyggende arbeid' },
    ]
    expect(choicesOf(functions, 'code', named)).toEqual([
      { value: '281', label: '281 Økonomisk sosialhjelp / 281 Ytelse til livsopphold' },
      { value: '242', label: '242 Råd, veiledning og sosialt forebyggende arbeid' },
    ])
  })

  it('skips what a broken file holds in place of an item or an id', () => {
    expect(
      choicesOf([null, 'x', { id: 7 }, { id: 'a', name: 'A' }], 'id', (u) => textOf(u, 'name')),
    ).toEqual([{ value: 'a', label: 'A' }])
    expect(choicesOf(undefined, 'id', () => '')).toEqual([])
  })
})
