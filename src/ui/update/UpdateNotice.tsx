import { useId, useState } from 'react'
import { useScenario } from '../../state/store'
import { useText } from '../useText'
import { declineUpdate, useUpdateOffer } from './updateOffer'

/**
 * Says that a new version is ready and lets the user take it now or later. Taking it first writes
 * this tab's unsaved work, and does not reload if that could not be written. In the read-only view
 * the notice stands above the page instead of over it, so it hides nothing a councillor reads.
 */
export function UpdateNotice() {
  const t = useText()
  const id = useId()
  const take = useUpdateOffer((s) => s.take)
  const reading = useScenario((s) => s.view === 'presentation')
  const [state, setState] = useState<'offered' | 'taking' | 'notWritten'>('offered')
  const takeNow = async () => {
    if (!take) return
    setState('taking')
    if (!(await useScenario.getState().flushDraft())) return setState('notWritten')
    await take()
  }
  return (
    <div role="status" className="no-print">
      {take && (
        <section
          aria-labelledby={id}
          className={`notice notice--info update-notice${reading ? ' update-notice--inline' : ''}`}
        >
          <p id={id}>{state === 'notWritten' ? t.update.notWritten : t.update.ready}</p>
          <button type="button" disabled={state === 'taking'} onClick={() => void takeNow()}>
            {t.update.now}
          </button>
          <button
            type="button"
            onClick={() => {
              setState('offered')
              declineUpdate()
            }}
          >
            {t.update.later}
          </button>
        </section>
      )}
    </div>
  )
}
