import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { plainText } from '../../src/i18n/numbers'
import { validateModel } from '../../src/model/load/validateModel'
import { useScenario } from '../../src/state/store'
import { App } from '../../src/ui/App'
import { modelFiles } from '../../src/state/bundledFiles'
import { renderApp } from './renderApp'
import { DisplaySettings } from '../../src/ui/DisplaySettings'

/** A JSON path as the file writes it: "accounts[1]", ".reportedTotals", "inputs.refundRate". */
const JSON_PATH = /\w\[\d+\]|\[\d+\]|\.[a-z]+[A-Z]\w*|\w\.\w+\.\w/

describe('problems the interface shows, in words', () => {
  it('reads the data warnings in the results panel by table, line and amount in kroner', async () => {
    const { user } = await renderApp()
    const results = screen.getByRole('region', { name: 'Verdt å merke seg' })
    await user.click(within(results).getByText('Merknader til tallene i modellfilen (10)'))
    const items = within(results)
      .getAllByRole('listitem')
      .map((item) => item.textContent ?? '')
      .filter((text) => text.includes('rapporten oppgir'))
    expect(items).toHaveLength(10)
    for (const text of items) expect(text).not.toMatch(JSON_PATH)
    expect(plainText(items[2] ?? '')).toMatch(
      /^Regnskapstabellen «Flyktningenheten, netto driftsutgifter», sum for 2012: rapporten oppgir -7 924 000 kr, men linjene summerer til -7 982 000 kr \(differanse -58 000 kr\)\./,
    )
    expect(items[2]).toContain('\u22127\u00a0924\u00a0000\u00a0kr')
    expect(
      items.filter((text) => text.startsWith('Husholdningseksempelet «Eksempel 2: Enslig 28 år»')),
    ).toHaveLength(4)
  })

  it('names the measure and assumption, not the path, when a model file does not load', () => {
    useScenario.setState(useScenario.getInitialState(), true)
    const bundled = modelFiles.find((entry) => entry.name === 'vestvagoy-2014.json')?.parsed
    const parsed = structuredClone(bundled) as {
      measures: { drivers: { inputs: Record<string, string> }[] }[]
    }
    parsed.measures[3]!.drivers[0]!.inputs['refundRate'] = '1.8'
    const load = validateModel(parsed)
    render(<App entries={[{ name: 'vestvagoy-2014.json', load, parsed }]} published={[]} />, {
      wrapper: DisplaySettings,
    })
    expect(
      screen.getByText('Modellfilen «vestvagoy-2014.json» kan ikke åpnes:'),
    ).toBeInTheDocument()
    const alert = screen.getByRole('alert')
    expect(plainText(alert.textContent ?? '')).toBe(
      'Tiltak D «Slå sammen bokollektiv enslige mindreårige», refusjonssats: må være mellom 0 % og 100 % ' +
        '(fant "1.8"); i filen skrives 80 % som "0.8".',
    )
  })
})
