import { useId, useState } from 'react'
import { withoutBadCharacters } from '../../model/schema/textCharacters'
import { Dialog } from '../Dialog'
import { useLibraryText } from './useLibraryText'

const MAX_TITLE = 200

/** A model's title, checked as typed; a missing one is said once the user could have typed one. */
export function RenameModelDialog({
  title: initial,
  onSave,
  onClose,
}: {
  title: string
  onSave: (title: string) => Promise<boolean>
  onClose: () => void
}) {
  const t = useLibraryText()
  const [title, setTitle] = useState(initial)
  const [touched, setTouched] = useState(false)
  const [busy, setBusy] = useState(false)
  const inputId = useId()
  const missing = title.trim() === ''
  const issue =
    missing && touched ? t.nameRequired : title.length > MAX_TITLE ? t.tooLong(MAX_TITLE) : null
  return (
    <Dialog title={t.renameDialog(initial)} onClose={onClose}>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault()
          setTouched(true)
          if (missing || issue || busy) return
          setBusy(true)
          void onSave(title.trim()).then((ok) => {
            setBusy(false)
            if (ok) onClose()
          })
        }}
      >
        <label htmlFor={inputId}>{t.name}</label>
        <input
          id={inputId}
          type="text"
          value={title}
          aria-invalid={issue !== null}
          aria-describedby={`${inputId}-issue`}
          onChange={(event) => setTitle(withoutBadCharacters(event.target.value))}
          onBlur={() => setTouched(true)}
        />
        <span id={`${inputId}-issue`} className="error">
          {issue ?? ''}
        </span>
        <div className="buttons">
          <button type="submit" className="primary" disabled={issue !== null || busy}>
            {t.save}
          </button>
          <button type="button" onClick={onClose}>
            {t.cancel}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
