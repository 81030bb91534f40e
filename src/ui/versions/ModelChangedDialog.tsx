import { useShallow } from 'zustand/react/shallow'
import { useScenario } from '../../state/store'
import { Dialog } from '../Dialog'
import { useLang, useText } from '../useText'
import { modelChangeLines } from './modelChangeLines'
import { useVersionsText } from './useVersionsText'

/**
 * Asked before a scenario made on an older version of the model is opened on the newer one: what
 * changed, in words, before anything is counted.
 */
export function ModelChangedDialog() {
  const words = useVersionsText()
  const t = useText()
  const lang = useLang()
  const s = useScenario(
    useShallow((state) => ({
      notice: state.modelChanged,
      model: state.model,
      openOnNewVersion: state.openOnNewVersion,
      cancel: state.cancelModelChanged,
    })),
  )
  if (!s.notice || !s.model) return null
  const { scenario, changes } = s.notice
  const from = scenario.model.version
  const to = s.model.version
  const lines = changes ? modelChangeLines(changes, s.model, lang, words, t) : []
  return (
    <Dialog title={words.heading} onClose={s.cancel}>
      {changes ? (
        <>
          <p>{words.intro(scenario.name, from, to)}</p>
          {lines.length > 0 ? (
            <ul data-testid="model-changes">
              {lines.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          ) : (
            <p>{words.noneListed}</p>
          )}
        </>
      ) : (
        <p>{words.notKept(scenario.name, from, to)}</p>
      )}
      <p className="note">{words.nothingCounted}</p>
      <div className="buttons">
        <button type="button" className="primary" onClick={() => s.openOnNewVersion()}>
          {words.openNew}
        </button>
        <button type="button" onClick={s.cancel}>
          {words.cancel}
        </button>
      </div>
    </Dialog>
  )
}
