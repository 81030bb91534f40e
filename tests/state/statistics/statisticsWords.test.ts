import { describe, expect, it } from 'vitest'
import {
  dimensionOf,
  isKostraCode,
  nameWithoutCode,
  scaleOf,
  sideOf,
  splitCoded,
  yearOf,
} from '../../../src/state/statistics/statisticsWords'

describe('telling which dimension a column or a JSON-stat dimension is', () => {
  it.each([
    ['region', 'region'],
    ['Kommune', 'region'],
    ['municipality', 'region'],
    ['KOKkommuneregion0000', 'region'],
    [' region ', 'region'],
    ['funksjon', 'function'],
    ['Function', 'function'],
    ['KOKfunksjon0000', 'function'],
    ['år', 'year'],
    ['Tid', 'year'],
    ['year', 'year'],
    ['time', 'year'],
    ['art', null],
    ['statistikkvariabel', null],
    ['regionkode', null],
    ['delregion', null],
    ['funksjonsområde', null],
    ['tidspunkt', null],
    ['årstall', null],
    ['Beløp (1000 kr) 2024', null],
  ])('reads «%s» as %s', (name, dimension) => {
    expect(dimensionOf(name)).toBe(dimension)
  })

  it('reads a dimension by its label when its id says nothing', () => {
    expect(dimensionOf('ContentsCode', 'region')).toBe('region')
    expect(dimensionOf('x', 'y')).toBeNull()
  })
})

describe('reading codes, years and names', () => {
  it.each([
    ['242', true],
    ['850', true],
    ['FGK12', false],
    ['24', false],
    ['2420', false],
    ['a242', false],
    ['242a', false],
  ])('takes %s as a KOSTRA function: %s', (code, kostra) => {
    expect(isKostraCode(code)).toBe(kostra)
  })

  it.each([
    ['2024', 2024],
    [' 2024 ', 2024],
    ['2024K1', null],
    ['K2024', null],
    ['202', null],
    ['20245', null],
    ['', null],
  ])('reads «%s» as the year %s', (text, year) => {
    expect(yearOf(text)).toBe(year)
  })

  it.each([
    ['1860 Vestvågøy', { code: '1860', name: 'Vestvågøy' }],
    [' 242 Råd, veiledning ', { code: '242', name: 'Råd, veiledning' }],
    ['FGK12 Sosialsektoren samlet', { code: 'FGK12', name: 'Sosialsektoren samlet' }],
    ['AGD2 Netto driftsutgifter', { code: 'AGD2', name: 'Netto driftsutgifter' }],
    ['Vågan', { code: 'Vågan', name: 'Vågan' }],
    [
      'Hele landet unntatt Oslo',
      { code: 'Hele landet unntatt Oslo', name: 'Hele landet unntatt Oslo' },
    ],
    ['1860', { code: '1860', name: '1860' }],
  ])('splits «%s» into code and name', (text, category) => {
    expect(splitCoded(text)).toEqual(category)
  })

  it.each([
    ['242', '242 Råd, veiledning', 'Råd, veiledning'],
    ['242', ' 242  Råd ', 'Råd'],
    ['242', 'Råd, veiledning', 'Råd, veiledning'],
    ['242', '2420 Annet', '2420 Annet'],
    ['242', '242', '242'],
  ])('names %s «%s» «%s»', (code, label, name) => {
    expect(nameWithoutCode(code, label)).toBe(name)
  })
})

describe('the unit and side of a variable, from its words', () => {
  it.each([
    ['Beløp (1000 kr)', 1000],
    ['Netto driftsutgifter (1 000 kroner)', 1000],
    ['i 1\u00a0000 NOK', 1000],
    ['1000kr', 1000],
    ['Beløp (kr)', 1],
    ['kroner', 1],
    ['NOK', 1],
    ['Kroner per innbygger', null],
    ['kr pr. innbygger', null],
    ['Andel av totale utgifter (prosent)', null],
    ['Andel (%) i 1000 kr', null],
    ['Antall mottakere', null],
    ['kryss', null],
  ])('reads «%s» as %s kroner a unit', (words, scale) => {
    expect(scaleOf(words)).toBe(scale)
  })

  it.each([
    ['Brutto driftsinntekter', 'income'],
    ['Income', 'income'],
    ['Other revenue', 'income'],
    ['Netto driftsutgifter', 'net'],
    ['Net operating expenditure', 'net'],
    ['Brutto driftsutgifter', 'expenditure'],
    ['Expenditure', 'expenditure'],
    ['Operating expenses', 'expenditure'],
    ['Beløp', 'net'],
    ['Internet-utgifter', 'expenditure'],
    ['Nettoinntekt', 'income'],
  ])('puts «%s» on the %s side', (label, side) => {
    expect(sideOf(label)).toBe(side)
  })
})
