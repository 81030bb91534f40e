import { useState } from 'react'
import { LazyPart, lazyPart } from '../LazyPart'
import { useLibraryText } from './useLibraryText'

// Opened by a click, never part of the first screen.
const ModelPanel = lazyPart(() => import('./ModelPanel'), 'ModelPanel')

/** Opens the list of models. */
export function ModelsButton() {
  const t = useLibraryText()
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} aria-haspopup="dialog">
        {t.button}
      </button>
      {open && (
        <LazyPart>
          <ModelPanel onClose={() => setOpen(false)} />
        </LazyPart>
      )}
    </>
  )
}
