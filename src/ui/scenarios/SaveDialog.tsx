import { useId, useState } from 'react'
import { withoutBadCharacters } from '../../model/schema/textCharacters'
import { Dialog } from '../Dialog'
import { useText } from '../useText'

const MAX_NAME = 200
const MAX_NOTE = 10_000

/**
 * Name and note of a scenario, checked as typed. A missing name is said once the user has left the
 * field or tried to save, not before anything is typed.
 */
export function SaveDialog({
  title,
  name: initialName,
  note: initialNote,
  onSave,
  onClose,
}: {
  title: string
  name: string
  note: string
  onSave: (name: string, note: string) => Promise<boolean>
  onClose: () => void
}) {
  const t = useText()
  const [name, setName] = useState(initialName)
  const [note, setNote] = useState(initialNote)
  const [busy, setBusy] = useState(false)
  const [touched, setTouched] = useState(false)
  const nameId = useId()
  const noteId = useId()
  const missing = name.trim() === ''
  // A missing name is said only once the user could have typed one.
  const nameIssue =
    missing && touched
      ? t.scenarios.nameRequired
      : name.length > MAX_NAME
        ? t.scenarios.tooLong(MAX_NAME)
        : null
  const noteIssue = note.length > MAX_NOTE ? t.scenarios.tooLong(MAX_NOTE) : null
  return (
    <Dialog title={title} onClose={onClose}>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault()
          setTouched(true)
          if (missing || nameIssue || noteIssue || busy) return
          setBusy(true)
          void onSave(name.trim(), note).then((ok) => {
            setBusy(false)
            if (ok) onClose()
          })
        }}
      >
        <label htmlFor={nameId}>{t.scenarios.name}</label>
        <input
          id={nameId}
          type="text"
          value={name}
          aria-invalid={nameIssue !== null}
          aria-describedby={`${nameId}-issue`}
          // Hidden characters (a right-to-left override, say) are dropped as they are typed or
          // pasted: a name must read as what it is.
          onChange={(event) => setName(withoutBadCharacters(event.target.value))}
          onBlur={() => setTouched(true)}
        />
        <span id={`${nameId}-issue`} className="error">
          {nameIssue ?? ''}
        </span>
        <label htmlFor={noteId}>{t.scenarios.note}</label>
        <textarea
          id={noteId}
          rows={4}
          value={note}
          aria-invalid={noteIssue !== null}
          aria-describedby={`${noteId}-issue`}
          onChange={(event) =>
            setNote(withoutBadCharacters(event.target.value, { multiline: true }))
          }
        />
        <span id={`${noteId}-issue`} className="error">
          {noteIssue ?? ''}
        </span>
        <div className="buttons">
          <button
            type="submit"
            className="primary"
            disabled={nameIssue !== null || noteIssue !== null || busy}
          >
            {t.scenarios.save}
          </button>
          <button type="button" onClick={onClose}>
            {t.scenarios.cancel}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
