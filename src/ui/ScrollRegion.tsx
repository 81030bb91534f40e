import type { ReactNode } from 'react'

/**
 * A wide table on a narrow screen scrolls sideways by itself instead of widening the page. It can
 * take focus, so it can be scrolled with the keyboard, and is named for screen readers.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a region that scrolls must take focus to be scrolled without a mouse (WCAG 2.1.1)
    <div className="scroll-region" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  )
}
