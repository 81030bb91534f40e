import { useState } from 'react'
import { FilePicker } from '../FilePicker'
import type { Problem } from '../../model/problems'
import { MAX_SCENARIO_CHARACTERS } from '../../model/scenario/readScenario'
import { problemText } from '../../i18n/problemText'
import type { ImportCheck } from '../../state/importSlice'
import { useScenario } from '../../state/store'
import { ProblemList } from '../ProblemList'
import { readTextFile } from '../readTextFile'
import { useLang, useText } from '../useText'

type Shown =
  | { kind: 'imported'; name: string }
  | { kind: 'refused'; file: string; problems: Problem[] }
  | { kind: 'unreadable'; file: string }
  | { kind: 'confirm'; check: Extract<ImportCheck, { ok: true }> }

/**
 * Reads a scenario file the user picks. What cannot be imported is said and nothing is changed;
 * what would be changed or left out on this model is said before anything is saved.
 */
export function ImportButton() {
  const t = useText()
  const lang = useLang()
  const checkImport = useScenario((s) => s.checkImport)
  const saveImport = useScenario((s) => s.saveImport)
  const presentFile = useScenario((s) => s.presentFile)
  const model = useScenario((s) => s.model)
  const [shown, setShown] = useState<Shown | null>(null)

  const save = async (check: Extract<ImportCheck, { ok: true }>) => {
    const result = await saveImport(check)
    setShown(
      result.ok
        ? { kind: 'imported', name: result.name }
        : { kind: 'refused', file: check.file.name, problems: result.problems },
    )
  }

  const read = async (file: File) => {
    const decoded = await readTextFile(file, MAX_SCENARIO_CHARACTERS)
    if (!decoded.ok) {
      setShown({ kind: 'refused', file: file.name, problems: [decoded.problem] })
      return
    }
    // A scenario on another model, that the user has or the file carries, is shown read-only.
    if (presentFile(decoded.text)) return
    const check = checkImport(decoded.text)
    if (!check.ok) setShown({ kind: 'refused', file: file.name, problems: check.problems })
    else if (check.changes.length > 0) setShown({ kind: 'confirm', check })
    else await save(check)
  }

  return (
    <>
      <FilePicker
        label={t.scenarios.importFile}
        accept=".json,application/json"
        onPick={() => setShown(null)}
        onFile={read}
        onFailed={(file) => setShown({ kind: 'unreadable', file: file.name })}
      />
      <div aria-live="polite" className="import-result" data-testid="import-result">
        {shown?.kind === 'imported' && <p>{t.scenarios.imported(shown.name)}</p>}
        {shown?.kind === 'unreadable' && <p role="alert">{t.importing.failed(shown.file)}</p>}
        {shown?.kind === 'refused' && (
          <>
            <p>{t.scenarios.importRefused(shown.file)}</p>
            <ProblemList problems={shown.problems} model={model} file="scenario" />
          </>
        )}
        {shown?.kind === 'confirm' && (
          <div className="notice notice--info">
            <p>{t.importing.changes(shown.check.file.name)}</p>
            <ul>
              {shown.check.changes.map((problem, i) => (
                <li key={i}>{problemText(problem, lang, { model, file: 'scenario' })}</li>
              ))}
            </ul>
            <button type="button" className="primary" onClick={() => void save(shown.check)}>
              {t.importing.confirm}
            </button>
            <button type="button" onClick={() => setShown(null)}>
              {t.importing.cancel}
            </button>
          </div>
        )}
      </div>
    </>
  )
}
