import { useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { checkModelDraft, hasUnsavedModelEdits } from '../../state/modelEditSlice'
import { useScenario } from '../../state/store'
import { Dialog } from '../Dialog'
import { PanelBoundary } from '../PanelBoundary'
import { BaselineEditor } from './BaselineEditor'
import { MeasuresEditor } from './MeasuresEditor'
import { ModelProblems } from './ModelProblems'
import { useModelEditorText } from './useModelText'

/**
 * The model being edited: save (with errors, as a draft), undo and redo, the problems linked to
 * their fields, then the baseline and the measures. Leaving with unsaved edits asks first.
 */
export function ModelEditor() {
  const t = useModelEditorText()
  const s = useScenario(
    useShallow((state) => ({
      edit: state.modelEdit,
      save: state.saveModelEdit,
      undo: state.undoModelEdit,
      redo: state.redoModelEdit,
      close: state.closeModelEdit,
    })),
  )
  const [asking, setAsking] = useState(false)
  if (!s.edit) return null
  const { file, history } = s.edit
  const check = checkModelDraft(file)
  const unsaved = hasUnsavedModelEdits(s.edit)
  const title = typeof file.title === 'string' ? file.title : ''
  return (
    <main className="model-editor">
      <div className="model-editor__bar">
        <h1>{t.heading(title)}</h1>
        <span data-testid="model-status" className="status">
          {unsaved ? t.unsaved : t.saved}
        </span>
        <button type="button" className="primary" onClick={() => void s.save()}>
          {t.save}
        </button>
        <button type="button" onClick={s.undo} disabled={history.past.length === 0}>
          {t.undo}
        </button>
        <button type="button" onClick={s.redo} disabled={history.future.length === 0}>
          {t.redo}
        </button>
        <button type="button" onClick={() => (unsaved ? setAsking(true) : s.close())}>
          {t.close}
        </button>
      </div>
      <ModelProblems problems={check.ok ? [] : check.problems} file={file} />
      <section aria-label={t.sections.baseline}>
        <PanelBoundary part="baseline">
          <BaselineEditor />
        </PanelBoundary>
      </section>
      <section aria-label={t.sections.measures}>
        <PanelBoundary part="modelMeasures">
          <MeasuresEditor />
        </PanelBoundary>
      </section>
      {asking && (
        <Dialog title={t.close} onClose={() => setAsking(false)}>
          <p>{t.closeQuestion}</p>
          <div className="buttons">
            <button type="button" onClick={s.close}>
              {t.discard}
            </button>
            <button type="button" className="primary" onClick={() => setAsking(false)}>
              {t.keepEditing}
            </button>
          </div>
        </Dialog>
      )}
    </main>
  )
}
