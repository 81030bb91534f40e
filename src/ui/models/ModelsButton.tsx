import { memo, useState } from 'react'
import { ModelPanel } from './ModelPanel'
import { useLibraryText } from './useLibraryText'

/** Opens the list of models. The scenario bar's status changes with a switch; this does not. */
export const ModelsButton = memo(function ModelsButton() {
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
})
