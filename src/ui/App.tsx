import { useEffect } from 'react'
import { defaultModelFile, modelFiles } from '../state/modelFiles'
import { useEvaluation } from '../state/evaluation'
import { useScenario } from '../state/store'
import { MeasureTable } from './MeasureTable'
import { ModelHeader } from './ModelHeader'
import { ProblemList } from './ProblemList'
import { useText } from './useText'
import { YearTotals } from './YearTotals'

export function App({ entries = modelFiles }: { entries?: typeof modelFiles }) {
  const t = useText()
  const entry = defaultModelFile(entries)
  const model = useScenario((s) => s.model)
  const openModel = useScenario((s) => s.openModel)
  const evaluation = useEvaluation()

  useEffect(() => {
    if (entry?.load.ok) openModel(entry.load.model)
  }, [entry, openModel])

  if (!entry)
    return (
      <main className="app">
        <p role="alert">{t.noModel}</p>
      </main>
    )
  if (!entry.load.ok) {
    return (
      <main className="app">
        <p>{t.modelFailed(entry.name)}</p>
        <ProblemList problems={entry.load.problems} />
      </main>
    )
  }
  if (!model || !evaluation)
    return (
      <main className="app">
        <p>{t.loading}</p>
      </main>
    )
  return (
    <main className="app">
      <ModelHeader model={model} />
      <ProblemList problems={[...evaluation.problems, ...entry.load.warnings]} file={model} />
      <YearTotals evaluation={evaluation} />
      <MeasureTable model={model} evaluation={evaluation} />
    </main>
  )
}
