import { useEffect, useId, useState } from 'react'
import type { ScenarioFile } from '../../model/scenario/scenarioFile'
import { shareFragment } from '../../state/share/shareLink'
import { useScenario } from '../../state/store'
import { Dialog } from '../Dialog'
import { useText } from '../useText'

/** The read-only link to a scenario, to copy; with what it reveals said plainly. */
export function ShareDialog({
  scenario,
  onClose,
}: {
  scenario: ScenarioFile
  onClose: () => void
}) {
  const t = useText()
  const [link, setLink] = useState('')
  const [copied, setCopied] = useState(false)
  const fieldId = useId()
  const shareable = useScenario((s) => s.shareable)
  useEffect(() => {
    void shareable(scenario)
      .then(shareFragment)
      .then((fragment) =>
        setLink(`${window.location.origin}${window.location.pathname}${fragment}`),
      )
  }, [scenario, shareable])
  return (
    <Dialog title={`${t.scenarios.share}: ${scenario.name}`} onClose={onClose}>
      <label htmlFor={fieldId}>{t.scenarios.shareLabel}</label>
      <input
        id={fieldId}
        type="text"
        readOnly
        value={link}
        data-testid="share-link"
        onFocus={(e) => e.target.select()}
      />
      <p className="note">{t.scenarios.shareWarning}</p>
      <div className="buttons">
        <button
          type="button"
          className="primary"
          disabled={!link}
          onClick={() =>
            void navigator.clipboard?.writeText(link).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {t.scenarios.copyLink}
        </button>
        <button type="button" onClick={onClose}>
          {t.scenarios.close}
        </button>
      </div>
      <p aria-live="polite">{copied ? t.scenarios.shareCopied : ''}</p>
    </Dialog>
  )
}
