import { useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { rawRecordText } from '../../state/storage/rawRecordText'
import { useScenario } from '../../state/store'
import { download, fileName } from '../export/download'
import { useLibraryText } from './useLibraryText'

/** Stored models that cannot be read: left as they are, and offered for download as stored. */
export function UnreadableModels() {
  const t = useLibraryText()
  const { unreadable, repository } = useScenario(
    useShallow((s) => ({ unreadable: s.unreadableModels, repository: s.modelRepository })),
  )
  const [rawFailed, setRawFailed] = useState(false)
  if (unreadable.length === 0) return null
  return (
    <div className="problems problems--warnings">
      <p>{t.unreadable(unreadable.length)}</p>
      {unreadable.map((u) => (
        <button
          key={u.id}
          type="button"
          onClick={() => {
            setRawFailed(false)
            void repository
              ?.raw(u.key)
              .then((raw) =>
                download(
                  fileName(`skadet-modell-${u.id}`, 'json'),
                  rawRecordText(raw),
                  'application/json',
                ),
              )
              .catch(() => setRawFailed(true))
          }}
        >
          {t.downloadRaw} ({u.id})
        </button>
      ))}
      {rawFailed && <p role="alert">{t.rawFailed}</p>}
    </div>
  )
}
