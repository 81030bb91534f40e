import { useState } from 'react'
import { FilePicker } from '../../FilePicker'
import { statisticsProblemText } from '../../../i18n/model/statistics'
import { readStatisticsFile } from '../../../state/statistics/readStatisticsFile'
import type { StatisticsTable } from '../../../state/statistics/statisticsTable'
import { useScenario } from '../../../state/store'
import { useLang } from '../../useText'
import { StatisticsImportDialog } from './StatisticsImportDialog'
import { useStatisticsText } from './useStatisticsText'

type Shown =
  | { kind: 'choosing'; file: string; table: StatisticsTable }
  | { kind: 'refused'; file: string; reason: string }
  | { kind: 'unreadable'; file: string }
  | { kind: 'applied'; lines: number }

/**
 * Imports accounts by KOSTRA function and year from a statistics file (SSB's Statistikkbanken,
 * JSON-stat 2 or semicolon CSV): the user picks the file, then chooses and previews in a dialog.
 * A file that cannot be read is refused in words; the model changes only on the dialog's import.
 */
export function StatisticsImportButton() {
  const t = useStatisticsText()
  const lang = useLang()
  const editing = useScenario((s) => s.modelEdit !== null)
  const [shown, setShown] = useState<Shown | null>(null)
  if (!editing) return null

  const read = async (file: File) => {
    const read = await readStatisticsFile(new Uint8Array(await file.arrayBuffer()))
    setShown(
      read.ok
        ? { kind: 'choosing', file: file.name, table: read.table }
        : { kind: 'refused', file: file.name, reason: statisticsProblemText(read.problem, lang) },
    )
  }

  return (
    <div className="statistics-import">
      <FilePicker
        label={t.button}
        accept=".json,.csv,application/json,text/csv"
        onPick={() => setShown(null)}
        onFile={read}
        onFailed={(file) => setShown({ kind: 'unreadable', file: file.name })}
      />
      <div aria-live="polite" data-testid="statistics-import-result">
        {shown?.kind === 'refused' && (
          <div role="alert" className="notice">
            <p>{t.refused(shown.file)}</p>
            <p>{shown.reason}</p>
          </div>
        )}
        {shown?.kind === 'unreadable' && <p role="alert">{t.unreadable(shown.file)}</p>}
        {shown?.kind === 'applied' && <p>{t.applied(shown.lines)}</p>}
      </div>
      {shown?.kind === 'choosing' && (
        <StatisticsImportDialog
          file={shown.file}
          table={shown.table}
          onClose={(lines) => setShown(lines === null ? null : { kind: 'applied', lines })}
        />
      )}
    </div>
  )
}
