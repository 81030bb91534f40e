import { cleanup, render, screen } from '@testing-library/react'
import { expect, it } from 'vitest'
import { AfterFirstPaint } from '../../src/ui/AfterFirstPaint'
import { painted } from './renderApp'

it('builds what is under the headline once the first screen is painted, and at once after that', async () => {
  const screenWith = () =>
    render(
      <main>
        <p>Innsparing 6,70 mill. kr</p>
        <AfterFirstPaint>
          <table aria-label="Tabell 5.1" />
        </AfterFirstPaint>
      </main>,
    )
  screenWith()
  expect(screen.getByText('Innsparing 6,70 mill. kr')).toBeInTheDocument()
  expect(screen.queryByRole('table')).toBeNull()
  await painted()
  expect(screen.getByRole('table', { name: 'Tabell 5.1' })).toBeInTheDocument()
  // Another model or view later in the page's life: nothing is held back any more.
  cleanup()
  screenWith()
  expect(screen.getByRole('table', { name: 'Tabell 5.1' })).toBeInTheDocument()
})
