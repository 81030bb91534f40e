import { useId } from 'react'
import type { LibraryModel } from '../../state/library'
import { exportModel } from './exportModel'
import { useLibraryText } from './useLibraryText'

/** What the panel lets the user do to one model. */
export interface ModelActions {
  open: (model: LibraryModel) => void
  edit: (model: LibraryModel) => void
  duplicate: (model: LibraryModel) => void
  rename: (model: LibraryModel) => void
  remove: (model: LibraryModel) => void
}

/**
 * One model in the list: its title, version and source, whether it is open or has errors, and what
 * can be done with it. What cannot be done is said beside the disabled button, not only hidden.
 */
export function ModelRow({
  model,
  isOpen,
  canStore,
  canEdit,
  actions,
}: {
  model: LibraryModel
  isOpen: boolean
  canStore: boolean
  canEdit: boolean
  actions: ModelActions
}) {
  const t = useLibraryText()
  const titleId = useId()
  const errorsId = useId()
  const removeId = useId()
  const own = model.source === 'own'
  return (
    <li className="scenario-row model-row" data-testid={`model-${model.key}`}>
      <div className="scenario-text">
        <strong id={titleId}>{model.title}</strong>
        <span className="note">
          {' '}
          · {model.version && `${t.version(model.version)} · `}
          {own ? t.own : t.published}
        </span>
        {isOpen && <span className="badge">{t.isOpen}</span>}
        {!model.load.ok && (
          <p id={errorsId} className="error">
            {t.hasErrors}
          </p>
        )}
        {own && isOpen && (
          <p id={removeId} className="note">
            {t.openCannotBeRemoved}
          </p>
        )}
      </div>
      <div className="buttons" role="group" aria-labelledby={titleId}>
        {!isOpen && (
          <button
            type="button"
            disabled={!model.load.ok}
            aria-describedby={model.load.ok ? undefined : errorsId}
            onClick={() => actions.open(model)}
          >
            {t.open}
          </button>
        )}
        <button type="button" disabled={!canEdit} onClick={() => actions.edit(model)}>
          {t.edit}
        </button>
        <button type="button" disabled={!canStore} onClick={() => actions.duplicate(model)}>
          {t.duplicate}
        </button>
        {own && (
          <button type="button" onClick={() => actions.rename(model)}>
            {t.rename}
          </button>
        )}
        <button type="button" onClick={() => exportModel(model)}>
          {t.exportFile}
        </button>
        {own && (
          <button
            type="button"
            disabled={isOpen}
            aria-describedby={isOpen ? removeId : undefined}
            onClick={() => actions.remove(model)}
          >
            {t.remove}
          </button>
        )}
      </div>
    </li>
  )
}
