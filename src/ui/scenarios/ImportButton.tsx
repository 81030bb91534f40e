import { useId, useRef, useState } from 'react'
import type { Problem } from '../../model/problems'
import { MAX_SCENARIO_CHARACTERS } from '../../model/scenario/readScenario'
import { useScenario } from '../../state/store'
import { ProblemList } from '../ProblemList'
import { useText } from '../useText'

/** Reads a scenario file the user picks; what cannot be imported is said, and nothing is changed. */
export function ImportButton() {
  const t = useText()
  const importText = useScenario((s) => s.importText)
  const model = useScenario((s) => s.model)
  const inputId = useId()
  const input = useRef<HTMLInputElement>(null)
  const [result, setResult] = useState<
    | { file: string; ok: true; name: string }
    | { file: string; ok: false; problems: Problem[] }
    | null
  >(null)
  return (
    <>
      <label htmlFor={inputId} className="button-like">
        {t.scenarios.importFile}
      </label>
      <input
        ref={input}
        id={inputId}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        onChange={(event) => {
          const file = event.target.files?.[0]
          if (!file) return
          // Refuse a huge file before reading it into memory.
          const read =
            file.size > MAX_SCENARIO_CHARACTERS * 4
              ? Promise.resolve('x'.repeat(MAX_SCENARIO_CHARACTERS + 1))
              : file.text()
          void read
            .then(importText)
            .then((r) => setResult({ file: file.name, ...r }))
            .finally(() => {
              if (input.current) input.current.value = ''
            })
        }}
      />
      <div aria-live="polite" className="import-result">
        {result?.ok === true && <p>{t.scenarios.imported(result.name)}</p>}
        {result?.ok === false && (
          <>
            <p>{t.scenarios.importRefused(result.file)}</p>
            <ProblemList problems={result.problems} model={model} file="scenario" />
          </>
        )}
      </div>
    </>
  )
}
