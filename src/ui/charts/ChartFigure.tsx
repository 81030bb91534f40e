import type { ReactNode } from 'react'

// Charts have a fixed size: they print on A4 as they look on screen, and tests can measure them.
export const CHART_WIDTH = 560
export const CHART_HEIGHT = 260

export const COLORS = {
  saving: '#1f5f99',
  cost: '#9a2a1c',
  total: '#1b1f24',
  target: '#a34f00',
  before: '#7a838e',
  after: '#1f5f99',
} as const

/** A chart with its title, unit and sign convention written out, for eyes and screen readers. */
export function ChartFigure({
  id,
  title,
  caption,
  children,
}: {
  id: string
  title: string
  caption: string
  children: ReactNode
}) {
  return (
    <figure className="chart" aria-labelledby={`${id}-title`} data-testid={id}>
      <figcaption>
        <strong id={`${id}-title`}>{title}</strong>
        <span>{caption}</span>
      </figcaption>
      {children}
    </figure>
  )
}
