import { useState } from 'react'
import { FilePicker } from '../FilePicker'
import { MAX_MODEL_CHARACTERS } from '../../model/load/validateModel'
import type { Problem } from '../../model/problems'
import { useScenario } from '../../state/store'
import { ProblemList } from '../ProblemList'
import { readTextFile } from '../readTextFile'
import { useLibraryText } from './useLibraryText'

type Shown =
  | { kind: 'imported'; title: string; renamed: { from: string; to: string } | null }
  | { kind: 'refused'; file: string; problems: Problem[] }
  | { kind: 'unreadable'; file: string }

/**
 * Reads a model file the user picks and keeps it as their own. A model with errors is kept as a
 * draft to mend; what is not a model file at all is refused in words, and nothing is added.
 */
export function ModelImport() {
  const t = useLibraryText()
  const importModel = useScenario((s) => s.importModel)
  const [shown, setShown] = useState<Shown | null>(null)

  const read = async (file: File) => {
    const decoded = await readTextFile(file, MAX_MODEL_CHARACTERS)
    if (!decoded.ok)
      return setShown({ kind: 'refused', file: file.name, problems: [decoded.problem] })
    const result = await importModel(decoded.text)
    if (!result.ok) return setShown({ kind: 'refused', file: file.name, problems: result.problems })
    const added = useScenario.getState().library.find((m) => m.key === result.key)
    setShown({
      kind: 'imported',
      title: added?.title ?? file.name,
      renamed:
        result.renamedFrom === null ? null : { from: result.renamedFrom, to: added?.id ?? '' },
    })
  }

  return (
    <>
      <FilePicker
        label={t.importModel}
        accept=".json,application/json"
        onPick={() => setShown(null)}
        onFile={read}
        onFailed={(file) => setShown({ kind: 'unreadable', file: file.name })}
      />
      <div aria-live="polite" className="import-result" data-testid="model-import-result">
        {shown?.kind === 'imported' && (
          <p>
            {t.imported(shown.title)}
            {shown.renamed && ` ${t.idChanged(shown.renamed.from, shown.renamed.to)}`}
          </p>
        )}
        {shown?.kind === 'unreadable' && <p role="alert">{t.importFailed(shown.file)}</p>}
        {shown?.kind === 'refused' && (
          <>
            <p>{t.importRefused(shown.file)}</p>
            <ProblemList problems={shown.problems} />
          </>
        )}
      </div>
    </>
  )
}
