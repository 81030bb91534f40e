import { useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { useScenario } from '../../state/store'
import { Dialog } from '../Dialog'
import { useText } from '../useText'
import { SaveDialog } from './SaveDialog'

/**
 * Asked whenever another scenario would replace unsaved work: save it first, discard it, or stay.
 * Saving work that has no name yet asks for one; if the save fails, nothing is replaced and the
 * message about it stays on screen.
 */
export function UnsavedChangesDialog() {
  const t = useText()
  const s = useScenario(
    useShallow((state) => ({
      pending: state.pending,
      current: state.current,
      repository: state.repository,
      library: state.library,
      save: state.save,
      continuePending: state.continuePending,
      cancelPending: state.cancelPending,
    })),
  )
  const [naming, setNaming] = useState(false)
  if (!s.pending) return null
  const { pending } = s
  const next =
    pending.kind === 'scenario'
      ? pending.scenario.name
      : pending.kind === 'model'
        ? (pending.scenario?.name ?? s.library.find((m) => m.key === pending.key)?.title ?? '')
        : pending.draft.untitled
          ? t.scenarios.untitled
          : pending.draft.scenario.name
  const saveThenOpen = async (name?: string, note?: string) => {
    const saved = await s.save(name, note)
    if (saved) await s.continuePending()
    else s.cancelPending()
    return saved
  }
  if (naming) {
    return (
      <SaveDialog
        title={t.scenarios.saveDialog}
        name={s.current.name}
        note={s.current.note}
        onSave={saveThenOpen}
        onClose={() => setNaming(false)}
      />
    )
  }
  return (
    <Dialog title={t.unsaved.heading} onClose={s.cancelPending}>
      <p>{t.unsaved.question(s.current.name || t.scenarios.untitled, next)}</p>
      <div className="buttons">
        <button
          type="button"
          className="primary"
          disabled={!s.repository}
          onClick={() => (s.current.id === null ? setNaming(true) : void saveThenOpen())}
        >
          {t.unsaved.save}
        </button>
        <button type="button" onClick={() => void s.continuePending()}>
          {t.unsaved.discard}
        </button>
        <button type="button" onClick={s.cancelPending}>
          {t.unsaved.cancel}
        </button>
      </div>
    </Dialog>
  )
}
