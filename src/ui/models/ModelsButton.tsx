import { useState } from 'react'
import { ModelPanel } from './ModelPanel'
import { useLibraryText } from './useLibraryText'

/** Opens the list of models. */
export function ModelsButton() {
  const t = useLibraryText()
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} aria-haspopup="dialog">
        {t.button}
      </button>
      {open && <ModelPanel onClose={() => setOpen(false)} />}
    </>
  )
}
