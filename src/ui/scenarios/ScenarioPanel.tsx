import { useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import type { ScenarioFile } from '../../model/scenario/scenarioFile'
import { useScenario } from '../../state/store'
import { rawRecordText } from '../../state/storage/rawRecordText'
import { Dialog } from '../Dialog'
import { PanelBoundary } from '../PanelBoundary'
import { download, fileName } from '../export/download'
import { MadeOnNote } from '../models/MadeOnNote'
import { useLibraryText } from '../models/useLibraryText'
import { useDateTime } from '../useDateTime'
import { useText } from '../useText'
import { ImportButton } from './ImportButton'
import { SaveDialog } from './SaveDialog'
import { ShareDialog } from './ShareDialog'

/** Saved and published scenarios: open, rename, duplicate, share, export, delete, compare. */
export function ScenarioPanel({ onClose }: { onClose: () => void }) {
  const t = useText()
  const s = useScenario(
    useShallow((state) => ({
      saved: state.saved,
      published: state.published,
      unreadable: state.unreadable,
      compare: state.compare,
      repository: state.repository,
      openOnItsModel: state.openScenarioOnItsModel,
      rename: state.rename,
      duplicate: state.duplicate,
      remove: state.remove,
      toggleCompare: state.toggleCompare,
      showView: state.showView,
      shareable: state.shareable,
    })),
  )
  const [renaming, setRenaming] = useState<ScenarioFile | null>(null)
  const [sharing, setSharing] = useState<ScenarioFile | null>(null)
  const [rawFailed, setRawFailed] = useState(false)
  const [cannotOpen, setCannotOpen] = useState<string | null>(null)
  const date = useDateTime()
  const words = useLibraryText()

  const open = (scenario: ScenarioFile) => {
    const opening = s.openOnItsModel(scenario)
    if (opening.ok) onClose()
    else
      setCannotOpen(
        opening.reason === 'missing'
          ? words.modelMissing(opening.id)
          : words.modelBroken(opening.title),
      )
  }

  const row = (scenario: ScenarioFile & { id: string }, own: boolean) => (
    <li key={scenario.id} className="scenario-row" data-testid={`scenario-${scenario.name}`}>
      <label className="compare-choice">
        <input
          type="checkbox"
          checked={s.compare.includes(scenario.id)}
          onChange={() => s.toggleCompare(scenario.id)}
          aria-label={t.scenarios.choose(scenario.name)}
        />
      </label>
      <div className="scenario-text">
        <strong>{scenario.name}</strong>
        {scenario.updatedAt && own && (
          <span className="note"> · {t.scenarios.updated(date(scenario.updatedAt))}</span>
        )}
        {scenario.note && <p className="note scenario-note">{scenario.note}</p>}
        <MadeOnNote modelId={scenario.model.id} />
      </div>
      <div className="buttons">
        <button type="button" onClick={() => open(scenario)}>
          {t.scenarios.open}
        </button>
        {own && (
          <button type="button" onClick={() => setRenaming(scenario)}>
            {t.scenarios.rename}
          </button>
        )}
        <button
          type="button"
          disabled={!s.repository}
          onClick={() => void s.duplicate(scenario.id, t.scenarios.copyOf(scenario.name))}
        >
          {t.scenarios.duplicate}
        </button>
        <button type="button" onClick={() => setSharing(scenario)}>
          {t.scenarios.share}
        </button>
        <button
          type="button"
          onClick={() =>
            // The file carries the model too when it is the user's own, as a link does.
            void s
              .shareable(scenario)
              .then((file) =>
                download(
                  fileName(scenario.name, 'omstilling.json'),
                  `${JSON.stringify(file, null, 2)}\n`,
                  'application/json',
                ),
              )
          }
        >
          {t.scenarios.exportJson}
        </button>
        {own && (
          <button type="button" onClick={() => void s.remove(scenario.id)}>
            {t.scenarios.remove}
          </button>
        )}
      </div>
    </li>
  )

  return (
    <Dialog title={t.scenarios.list} onClose={onClose}>
      <PanelBoundary part="scenarios">
        <div className="buttons">
          <ImportButton />
          <button
            type="button"
            disabled={s.compare.length < 2}
            onClick={() => {
              s.showView('compare')
              onClose()
            }}
          >
            {t.scenarios.compare} ({s.compare.length})
          </button>
          <button type="button" onClick={onClose}>
            {t.scenarios.close}
          </button>
        </div>
        <p className="note">{t.scenarios.compareHint}</p>
        {cannotOpen && <p role="alert">{cannotOpen}</p>}
        <h3>{t.scenarios.mine}</h3>
        {s.saved.length === 0 ? (
          <p>{t.scenarios.noneSaved}</p>
        ) : (
          <ul className="scenario-list">{s.saved.map((x) => row(x, true))}</ul>
        )}
        {s.unreadable.length > 0 && (
          <div className="problems problems--warnings">
            <p>{t.scenarios.unreadable(s.unreadable.length)}</p>
            {s.unreadable.map((u) => (
              <button
                key={u.id}
                type="button"
                onClick={() => {
                  setRawFailed(false)
                  void s.repository
                    ?.raw(u.key)
                    .then((raw) =>
                      download(
                        fileName(`skadet-${u.id}`, 'json'),
                        rawRecordText(raw),
                        'application/json',
                      ),
                    )
                    .catch(() => setRawFailed(true))
                }}
              >
                {t.scenarios.downloadRaw} ({u.id})
              </button>
            ))}
            {rawFailed && <p role="alert">{t.scenarios.rawFailed}</p>}
          </div>
        )}
        <h3>{t.scenarios.published}</h3>
        <ul className="scenario-list">
          {s.published.map((x) => x.id !== undefined && row({ ...x, id: x.id }, false))}
        </ul>
        {renaming && renaming.id !== undefined && (
          <SaveDialog
            title={t.scenarios.rename}
            name={renaming.name}
            note={renaming.note}
            onSave={(name, note) => s.rename(renaming.id ?? '', name, note)}
            onClose={() => setRenaming(null)}
          />
        )}
        {sharing && <ShareDialog scenario={sharing} onClose={() => setSharing(null)} />}
      </PanelBoundary>
    </Dialog>
  )
}
