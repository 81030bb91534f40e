import type { ReactNode } from 'react'

/** The drawing surface of a chart: a fixed size that scales down on narrow screens, named for screen readers. */
export function ChartSvg({
  width,
  height,
  label,
  children,
}: {
  width: number
  height: number
  label: string
  children: ReactNode
}) {
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
      className="svg-chart"
    >
      {children}
    </svg>
  )
}
