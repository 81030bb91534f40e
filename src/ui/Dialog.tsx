import { useEffect, useId, useRef, type ReactNode } from 'react'
import { createPortal } from 'react-dom'

// Dialogs can open on top of each other; the page stays inert until the last one closes.
let openDialogs = 0

/**
 * A modal dialog, rendered at the end of the page: labelled by its heading, focus moves into it on
 * opening and back on closing, Escape closes the topmost one, and the page behind is inert.
 */
export function Dialog({
  title,
  onClose,
  children,
}: {
  title: string
  onClose: () => void
  children: ReactNode
}) {
  const headingId = useId()
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const dialogs = document.querySelectorAll('.dialog')
      if (event.key === 'Escape' && dialogs.item(dialogs.length - 1) === ref.current) onClose()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [onClose])
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    ref.current?.querySelector<HTMLElement>('input, textarea, button, [href], select')?.focus()
    const app = document.querySelector('.app')
    openDialogs += 1
    app?.setAttribute('inert', '')
    return () => {
      openDialogs -= 1
      if (openDialogs === 0) app?.removeAttribute('inert')
      opener?.focus()
    }
  }, [])
  return createPortal(
    <div className="dialog-backdrop">
      <div ref={ref} className="dialog" role="dialog" aria-modal="true" aria-labelledby={headingId}>
        <h2 id={headingId}>{title}</h2>
        {children}
      </div>
    </div>,
    document.body,
  )
}
