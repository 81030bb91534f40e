import { useShallow } from 'zustand/react/shallow'
import { useScenario } from '../../state/store'
import { ProblemList } from '../ProblemList'
import { problemText } from '../../i18n/problemText'
import { useDateTime } from '../useDateTime'
import { useLang, useText } from '../useText'

/** Everything storage and other tabs have to say: failures, an undo for a delete, a conflict. */
export function StorageNotices() {
  const t = useText()
  const lang = useLang()
  const s = useScenario(
    useShallow((state) => ({
      issue: state.storageIssue,
      removed: state.removed,
      conflict: state.conflict,
      refused: state.refused,
      adapted: state.current.adapted,
      orphans: state.orphans,
      openOrphan: state.openOrphan,
      discardOrphan: state.discardOrphan,
      model: state.model,
      dismiss: state.dismissStorageIssue,
      undoRemove: state.undoRemove,
      resolveConflict: state.resolveConflict,
    })),
  )
  const when = useDateTime()
  const storageText = (failure: NonNullable<typeof s.issue>['failure']) =>
    failure === 'conflict' || failure === 'deletedElsewhere'
      ? t.scenarios.storage[failure](s.issue?.name || t.scenarios.untitled)
      : t.scenarios.storage[failure]
  return (
    <div className="storage-notices no-print" aria-live="polite">
      {s.issue && (
        <div className="notice notice--rule" role="alert" data-testid="storage-issue">
          <p>{storageText(s.issue.failure)}</p>
          <button type="button" onClick={s.dismiss}>
            {t.rules.dismiss}
          </button>
        </div>
      )}
      {s.conflict && (
        <div className="notice notice--rule" role="alert" data-testid="conflict">
          <p>
            <strong>{t.scenarios.conflict.heading}:</strong>{' '}
            {t.scenarios.storage.conflict(s.conflict.name)}
          </p>
          <button type="button" onClick={() => void s.resolveConflict('theirs')}>
            {t.scenarios.conflict.theirs}
          </button>
          <button type="button" onClick={() => void s.resolveConflict('mine')}>
            {t.scenarios.conflict.keepMine}
          </button>
          <button type="button" onClick={() => void s.resolveConflict('dismiss')}>
            {t.scenarios.conflict.dismiss}
          </button>
        </div>
      )}
      {s.orphans.length > 0 && (
        <div className="notice notice--info" data-testid="orphans">
          <p>
            <strong>{t.scenarios.orphans.heading}:</strong>{' '}
            {t.scenarios.orphans.found(s.orphans.length)}
          </p>
          <ul>
            {s.orphans.map(({ tab, draft }) => (
              <li key={tab}>
                {draft.untitled ? t.scenarios.untitled : draft.scenario.name}{' '}
                <span className="note">· {t.scenarios.orphans.savedAt(when(draft.savedAt))}</span>{' '}
                <button type="button" onClick={() => void s.openOrphan(tab)}>
                  {t.scenarios.orphans.open}
                </button>
                <button type="button" onClick={() => void s.discardOrphan(tab)}>
                  {t.scenarios.orphans.discard}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {s.removed && (
        <div className="notice notice--info" data-testid="removed">
          <p>{t.scenarios.removed(s.removed.name)}</p>
          <button type="button" onClick={() => void s.undoRemove()}>
            {t.scenarios.undoRemove}
          </button>
        </div>
      )}
      {s.refused && (
        <div className="notice notice--rule" role="alert">
          <p>{t.presentation.cannotOpen}</p>
          <ProblemList problems={s.refused.problems} model={s.model} file="scenario" />
          <button type="button" onClick={s.dismiss}>
            {t.rules.dismiss}
          </button>
        </div>
      )}
      {s.adapted.length > 0 && (
        <div className="notice notice--info" data-testid="adapted">
          <p>{t.scenarios.adapted}</p>
          <ul>
            {s.adapted.map((problem, i) => (
              <li key={i}>{problemText(problem, lang, { model: s.model, file: 'scenario' })}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}
