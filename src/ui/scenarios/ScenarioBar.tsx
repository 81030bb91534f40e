import { useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { isDirty, scenarioFileOf } from '../../state/currentScenario'
import { useScenario } from '../../state/store'
import { ModelsButton } from '../models/ModelsButton'
import { useText } from '../useText'
import { SaveDialog } from './SaveDialog'
import { ScenarioPanel } from './ScenarioPanel'
import { ShareDialog } from './ShareDialog'

type Open = 'save' | 'saveAs' | 'list' | 'share' | null

/** The scenario being worked on: its name, whether it is saved, and what can be done with it. */
export function ScenarioBar() {
  const t = useText()
  const [open, setOpen] = useState<Open>(null)
  const { model, current, dirty, doc, save, saveAsNew, repository } = useScenario(
    useShallow((s) => ({
      model: s.model,
      current: s.current,
      dirty: isDirty(s.current, s.doc),
      // The scenario's choices only while it is being shared: a switch leaves the bar be otherwise.
      doc: open === 'share' ? s.doc : null,
      save: s.save,
      saveAsNew: s.saveAsNew,
      repository: s.repository,
    })),
  )
  if (!model) return null
  const status =
    current.published !== null && !dirty
      ? t.scenarios.status.published
      : current.id === null
        ? t.scenarios.status.notSaved
        : dirty
          ? t.scenarios.status.unsaved
          : t.scenarios.status.saved
  const name = current.name || t.scenarios.untitled
  return (
    <div className="scenario-bar no-print" role="group" aria-label={t.scenarios.current}>
      <span className="scenario-name" data-testid="scenario-name">
        {name}
      </span>
      <span className={`badge ${dirty ? 'badge--medium' : ''}`} data-testid="scenario-status">
        {status}
      </span>
      <button
        type="button"
        className="primary"
        disabled={!repository}
        onClick={() => (current.id === null ? setOpen('save') : void save())}
      >
        {t.scenarios.save}
      </button>
      <button type="button" disabled={!repository} onClick={() => setOpen('saveAs')}>
        {t.scenarios.saveAs}
      </button>
      <button type="button" onClick={() => setOpen('share')}>
        {t.scenarios.share}
      </button>
      <button type="button" onClick={() => setOpen('list')} aria-haspopup="dialog">
        {t.scenarios.list}
      </button>
      <ModelsButton />
      {(open === 'save' || open === 'saveAs') && (
        <SaveDialog
          title={t.scenarios.saveDialog}
          name={open === 'saveAs' && current.name ? t.scenarios.copyOf(current.name) : current.name}
          note={current.note}
          onSave={(newName, note) =>
            open === 'save' ? save(newName, note) : saveAsNew(newName, note)
          }
          onClose={() => setOpen(null)}
        />
      )}
      {doc && (
        <ShareDialog
          scenario={scenarioFileOf(model, { name, note: current.note }, doc)}
          onClose={() => setOpen(null)}
        />
      )}
      {open === 'list' && <ScenarioPanel onClose={() => setOpen(null)} />}
    </div>
  )
}
