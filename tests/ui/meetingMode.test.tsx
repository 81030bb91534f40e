import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { figure, renderTestModel, switchFor } from './renderApp'

const meetingButton = () => screen.getByRole('button', { name: 'Møtemodus' })
const inMeeting = () => meetingButton().getAttribute('aria-pressed') === 'true'

describe('meeting mode', () => {
  it('turns on and off with the M key, and the header button shows which', async () => {
    const { user } = await renderTestModel()
    expect(inMeeting()).toBe(false)
    expect(screen.getByRole('button', { name: 'Skriv ut' })).toBeInTheDocument()

    await user.keyboard('m')
    expect(inMeeting()).toBe(true)
    expect(meetingButton()).toHaveAttribute('aria-keyshortcuts', 'M')
    // What only matters at a desk steps aside; switching measures stays.
    expect(screen.queryByRole('button', { name: 'Skriv ut' })).not.toBeInTheDocument()
    expect(screen.queryByRole('group', { name: 'Språk' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Lagre som nytt' })).not.toBeInTheDocument()
    expect(switchFor('A')).toBeEnabled()

    await user.keyboard('M')
    expect(inMeeting()).toBe(false)
    expect(screen.getByRole('button', { name: 'Skriv ut' })).toBeInTheDocument()
  })

  it('turns on and off with its button', async () => {
    const { user } = await renderTestModel()
    await user.click(meetingButton())
    expect(inMeeting()).toBe(true)
    await user.click(meetingButton())
    expect(inMeeting()).toBe(false)
  })

  it('is not toggled by an "m" typed into a field, or held with a modifier', async () => {
    const { user } = await renderTestModel()
    const search = screen.getByRole('searchbox', { name: 'Søk i tiltak' })
    await user.type(search, 'm')
    expect(search).toHaveValue('m')
    expect(inMeeting()).toBe(false)

    await user.click(screen.getByRole('heading', { level: 1 }))
    for (const chord of ['{Control>}m{/Control}', '{Alt>}m{/Alt}', '{Meta>}m{/Meta}']) {
      await user.keyboard(chord)
      expect(inMeeting(), chord).toBe(false)
    }
  })

  it('is toggled while a switch has the focus, and the switch keeps its state', async () => {
    const { user } = await renderTestModel()
    const a = switchFor('A')
    const checked = (a as HTMLInputElement).checked
    const saving = figure('headline-year-saving')
    a.focus()
    await user.keyboard('m')
    expect(inMeeting()).toBe(true)
    expect((a as HTMLInputElement).checked).toBe(checked)
    expect(figure('headline-year-saving')).toBe(saving)
  })
})
