import { describe, expect, it } from 'vitest'
import { evaluate } from '../../../src/model/engine/evaluate'
import { loadModel } from '../../../src/model/load/validateModel'
import { dec } from '../../../src/model/money/decimal'
import { modelFiles } from '../../../src/state/bundledFiles'
import { functionRows } from '../../../src/ui/charts/functionRows'
import { netByYearRows } from '../../../src/ui/charts/netByYearRows'
import { staffYearsRows } from '../../../src/ui/charts/staffYearsRows'
import { waterfallRows } from '../../../src/state/derived/waterfallRows'
import { waterfallBars } from '../../../src/ui/charts/waterfallBars'

const entry = modelFiles.find((e) => e.name === 'vestvagoy-2014.json')
const loaded = entry?.load ?? loadModel('')
if (!loaded.ok) throw new Error('the Vestvågøy model does not load')
const model = loaded.model
const result = evaluate(model, model.packages?.[0]?.measures ?? [])
const year2015 = result.years[0]!

describe('chart rows, computed apart from the charts', () => {
  it('net by year: saving per plan year and lasting, in mill. kr, with the target', () => {
    expect(netByYearRows(result, 'mill', 'Varig')).toEqual([
      { label: '2015', saving: 6.7, target: 6.5 },
      { label: '2016', saving: 6.7, target: 6.5 },
      { label: '2017', saving: 6.7, target: 6.5 },
      { label: '2018', saving: 6.3, target: 6.5 },
      { label: 'Varig', saving: 6.3, target: 6.5 },
    ])
  })

  it('waterfall: largest saving first, a cost going down, and the exact total', () => {
    const rows = waterfallRows([
      { id: 'A', net: dec('-750000') },
      { id: 'V', net: dec('350000') },
      { id: 'D', net: dec('-1000000') },
      { id: 'L', net: dec(0) },
    ])
    expect(waterfallBars(rows, dec('1500000'), 'thousand')).toEqual({
      bars: [
        { id: 'D', from: 0, to: 1000, kind: 'saving' },
        { id: 'A', from: 1000, to: 1750, kind: 'saving' },
        { id: 'V', from: 1750, to: 1400, kind: 'cost' },
        { id: '', from: 0, to: 1400, kind: 'total' },
      ],
      target: 1500,
    })
  })

  it('waterfall: past the bar limit the smallest contributions are one «other measures» bar', () => {
    // Five contributions, at most four bars: the three largest by size stay, the two smallest
    // (a saving of 10 and a cost of 20) are summed into one bar between the savings and the costs.
    const rows = waterfallRows(
      [
        { id: 'A', net: dec('-100') },
        { id: 'B', net: dec('-10') },
        { id: 'C', net: dec('20') },
        { id: 'D', net: dec('-300') },
        { id: 'E', net: dec('50') },
      ],
      4,
    )
    expect(rows.map((r) => [r.id, r.kind, r.from.toString(), r.to.toString(), r.count])).toEqual([
      ['D', 'saving', '0', '300', undefined],
      ['A', 'saving', '300', '400', undefined],
      ['2', 'rest', '400', '390', 2],
      ['E', 'cost', '390', '340', undefined],
      ['', 'total', '0', '340', undefined],
    ])
  })

  it('staff-years: units the measures touch first, before and after', () => {
    const rows = staffYearsRows(model, year2015)
    expect(rows.slice(0, 4)).toEqual([
      { unit: 'NAV Vestvågøy, kommunal del', before: 7, after: 6 },
      { unit: 'Flyktning- og innvandrerenheten (FIE)', before: 10.5, after: 9.5 },
      { unit: 'Bokollektiv for enslige mindreårige', before: 18.9, after: 13.9 },
      { unit: 'Migrasjonshelse (familieenheten)', before: 1.9, after: 1.7 },
    ])
  })

  it('KOSTRA functions: by code, named for the year, savings positive and summing to the saving', () => {
    expect(functionRows(model, year2015, 2015, 'mill')).toEqual([
      { label: '213 Voksenopplæring', saving: 0.7 },
      { label: '232 Helsestasjons- og skolehelsetjeneste', saving: 0.1 },
      { label: '242 Sosial rådgivning og veiledning', saving: 1.4 },
      { label: '252 Barneverntiltak utenfor familien', saving: 0.7 },
      { label: '275 Introduksjonsordningen', saving: 1.5 },
      { label: '281 Økonomisk sosialhjelp', saving: 1.6 },
      { label: '850 Generelt statstilskudd vedrørende flyktninger m.v.', saving: 0.7 },
    ])
    expect(
      functionRows(model, result.years[1]!, 2016, 'mill').find((r) => r.label.startsWith('281'))
        ?.label,
    ).toBe('281 Ytelse til livsopphold')
  })
})
