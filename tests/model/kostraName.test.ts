import { describe, expect, it } from 'vitest'
import { kostraName } from '../../src/model/kostraName'
import { minimalModel, validModel, vestvagoy } from '../builders/model'

describe('the name a chart gives a KOSTRA function', () => {
  // Function 281 was renamed in 2016; the Vestvågøy file dates both names.
  it.each([
    [2014, 'Økonomisk sosialhjelp'],
    [2015, 'Økonomisk sosialhjelp'],
    [2016, 'Ytelse til livsopphold'],
    [2020, 'Ytelse til livsopphold'],
  ])('is the name in use in %i', (year, name) => {
    expect(kostraName(vestvagoy(), '281', year)).toBe(name)
  })

  it('is the one name of an undated function in any year', () => {
    expect(kostraName(vestvagoy(), '213', 1990)).toBe('Voksenopplæring')
  })

  it('is the earliest name for a year that no dated name covers', () => {
    const model = validModel(
      minimalModel({
        kostraFunctions: [
          { code: '242', name: 'Råd og veiledning' },
          { code: '281', name: 'Gammelt navn', fromYear: 2010, toYear: 2012 },
          { code: '281', name: 'Nytt navn', fromYear: 2016, toYear: 2018 },
        ],
      }),
    )
    expect(kostraName(model, '281', 2014)).toBe('Gammelt navn')
    expect(kostraName(model, '281', 2010)).toBe('Gammelt navn')
    expect(kostraName(model, '281', 2018)).toBe('Nytt navn')
  })

  it('is an undated name for a year the dated names before it do not cover', () => {
    const model = validModel(
      minimalModel({
        kostraFunctions: [
          { code: '242', name: 'Råd og veiledning' },
          { code: '281', name: 'Gammelt navn', fromYear: 2010, toYear: 2012 },
          { code: '281', name: 'Navnet nå' },
        ],
      }),
    )
    expect(kostraName(model, '281', 2014)).toBe('Navnet nå')
  })

  it('is the code itself when the model names no such function', () => {
    expect(kostraName(vestvagoy(), '999', 2014)).toBe('999')
  })
})
