import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { plainText } from '../../src/i18n/numbers'
import { loadModel } from '../../src/model/load/validateModel'
import { useScenario } from '../../src/state/store'
import { App } from '../../src/ui/App'

const cell = (testId: string) => plainText(screen.getByTestId(testId).textContent ?? '')

beforeEach(() => {
  useScenario.setState({ model: null, selection: [], overrides: {}, lang: 'nb' })
})

describe('the first screen', () => {
  it('opens the Vestvågøy model with the working group’s recommendation', async () => {
    render(<App />)
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Vestvågøy kommune: Sosial- og flyktningtjenesten 2014',
    )
    expect(plainText(screen.getByTestId('target').textContent ?? '')).toContain('6,50 mill. kr')
    expect(cell('net-2015')).toBe('-6,70')
    expect(cell('net-2018')).toBe('-6,30')
    expect(cell('net-lasting')).toBe('-6,30')
    expect(cell('gap-lasting')).toBe('0,20')
    expect(cell('total-2015')).toBe('-6 700')
  })

  it('updates the totals when a measure is switched off and on again', async () => {
    const user = userEvent.setup()
    render(<App />)
    const d = await screen.findByRole('switch', { name: /Velg tiltak D:/ })
    expect(d).toBeChecked()
    await user.click(d)
    expect(d).not.toBeChecked()
    expect(cell('net-2015')).toBe('-5,70')
    expect(cell('total-2015')).toBe('-5 700')
    await user.click(d)
    expect(cell('net-2015')).toBe('-6,70')
  })

  it('can be worked with the keyboard alone', async () => {
    const user = userEvent.setup()
    render(<App />)
    const a = await screen.findByRole('switch', { name: /Velg tiltak A:/ })
    a.focus()
    await user.keyboard(' ')
    expect(a).not.toBeChecked()
    expect(cell('net-2015')).toBe('-5,95')
  })

  it('shows a rule the selection breaks, naming the measures', async () => {
    const user = userEvent.setup()
    render(<App />)
    await user.click(await screen.findByRole('switch', { name: /Velg tiltak B2:/ }))
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('B1 og B2 kan ikke velges sammen')
  })

  it('shows each measure’s effect per year in 1000 kr, chosen or not', async () => {
    render(<App />)
    const row = await screen.findByTestId('measure-B2')
    expect(within(row).getByRole('switch')).not.toBeChecked()
    expect(plainText(row.textContent ?? '')).toContain('-950')
  })

  it('explains a model file that cannot be opened, without a stack trace', () => {
    render(
      <App
        entries={[
          {
            name: 'broken.json',
            load: loadModel('{"format": "omstilling.model", "schemaVersion": 9}'),
          },
        ]}
      />,
    )
    expect(screen.getByText('Modellfilen «broken.json» kan ikke åpnes:')).toBeInTheDocument()
    expect(screen.getByRole('alert')).toHaveTextContent(
      'nyere versjon av Omstilling (schemaVersion 9)',
    )
  })
})
