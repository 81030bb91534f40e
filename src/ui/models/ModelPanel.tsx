import { useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import type { LibraryModel } from '../../state/library'
import { useScenario } from '../../state/store'
import { Dialog } from '../Dialog'
import { PanelBoundary } from '../PanelBoundary'
import { ModelImport } from './ModelImport'
import { ModelRow, type ModelActions } from './ModelRow'
import { RenameModelDialog } from './RenameModelDialog'
import { UnreadableModels } from './UnreadableModels'
import { useLibraryText } from './useLibraryText'

/** The models in this browser and the published ones: open, edit, copy, rename, export, delete. */
export function ModelPanel({ onClose }: { onClose: () => void }) {
  const t = useLibraryText()
  const s = useScenario(
    useShallow((state) => ({
      library: state.library,
      modelKey: state.modelKey,
      canStore: state.modelRepository !== null,
      editing: state.modelEdit !== null,
      removedModel: state.removedModel,
      openLibraryModel: state.openLibraryModel,
      editModel: state.editModel,
      newModel: state.newModel,
      duplicateModel: state.duplicateModel,
      renameModel: state.renameModel,
      removeModel: state.removeModel,
      undoRemoveModel: state.undoRemoveModel,
    })),
  )
  const [renaming, setRenaming] = useState<LibraryModel | null>(null)
  // The title of the model deleted here, while it can still be brought back.
  const [removed, setRemoved] = useState<string | null>(null)

  const actions: ModelActions = {
    open: (model) => {
      s.openLibraryModel(model.key)
      onClose()
    },
    edit: (model) => {
      s.editModel(model.key)
      onClose()
    },
    duplicate: (model) => void s.duplicateModel(model.key, t.copyOf(model.title)),
    rename: setRenaming,
    remove: (model) =>
      void s.removeModel(model.key).then((done) => {
        if (done) setRemoved(model.title)
      }),
  }

  return (
    <Dialog title={t.heading} onClose={onClose}>
      <PanelBoundary part="models">
        <div className="buttons">
          <button
            type="button"
            disabled={s.editing}
            onClick={() => {
              s.newModel()
              onClose()
            }}
          >
            {t.newModel}
          </button>
          <ModelImport />
          <button type="button" onClick={onClose}>
            {t.close}
          </button>
        </div>
        {s.editing && <p className="note">{t.editingElsewhere}</p>}
        {removed !== null && s.removedModel !== null && (
          <div className="notice notice--info" role="status">
            <p>
              {t.removed(removed)}{' '}
              <button
                type="button"
                onClick={() =>
                  void s.undoRemoveModel().then((done) => {
                    if (done) setRemoved(null)
                  })
                }
              >
                {t.undo}
              </button>
            </p>
          </div>
        )}
        <ul className="scenario-list">
          {s.library.map((model) => (
            <ModelRow
              key={model.key}
              model={model}
              isOpen={model.key === s.modelKey}
              canStore={s.canStore}
              canEdit={!s.editing}
              actions={actions}
            />
          ))}
        </ul>
        <UnreadableModels />
        {renaming && (
          <RenameModelDialog
            title={renaming.title}
            onSave={(title) => s.renameModel(renaming.key, title)}
            onClose={() => setRenaming(null)}
          />
        )}
      </PanelBoundary>
    </Dialog>
  )
}
