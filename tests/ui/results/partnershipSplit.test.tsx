import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { plainText } from '../../../src/i18n/numbers'
import { evaluate } from '../../../src/model/engine/evaluate'
import { PartnershipSplit } from '../../../src/ui/results/PartnershipSplit'
import { modelFiles } from '../../../src/state/bundledFiles'
import { DisplaySettings } from '../../../src/ui/DisplaySettings'

const loaded = modelFiles.find((e) => e.name === 'vestvagoy-2014.json')?.load
if (!loaded?.ok) throw new Error('no model')
const model = loaded.model

describe('the partnership’s cost split', () => {
  it('shows the split before the measures under «Før» and after them under «Etter»', () => {
    // A takes one staff-year out of NAV, so Vestvågøy's share of both keys falls.
    render(<PartnershipSplit model={model} evaluation={evaluate(model, ['A'])} year={2015} />, {
      wrapper: DisplaySettings,
    })
    const table = screen.getByRole('table')
    const [groups, heads] = within(table).getAllByRole('row')
    expect(
      within(groups!)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Partner',
      'Lønn leder med mer (etter årsverk)',
      'Husleie mm. Origo (etter ansatte med kontor)',
    ])
    const columns = within(heads!)
      .getAllByRole('columnheader')
      .map((h) => h.textContent)
    expect(columns).toEqual(['Før', 'Etter', 'Før', 'Etter'])
    const row = within(table).getByRole('row', { name: /^Vestvågøy kommune/ })
    const cells = within(row)
      .getAllByRole('cell')
      .map((c) => plainText(c.textContent ?? ''))
    // column by column: before and after the measures, for each key
    expect(cells).toEqual(['27,0 %', '24,1 %', '24,1 %', '21,4 %'])
    // Every number column is aligned as its heading is.
    for (const heading of within(heads!).getAllByRole('columnheader'))
      expect(heading).toHaveClass('number')
  })
})
