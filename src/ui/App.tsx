import { useEffect } from 'react'
import { defaultModelFile, modelFiles } from '../state/modelFiles'
import { useEvaluation, useSelectedYear } from '../state/evaluation'
import { useScenario } from '../state/store'
import { AppHeader } from './header/AppHeader'
import { useUndoShortcuts } from './header/useUndoShortcuts'
import { MeasurePanel } from './measures/MeasurePanel'
import { ProblemList } from './ProblemList'
import { ResultsPanel } from './results/ResultsPanel'
import { RuleNotices } from './RuleNotices'
import { useLang, useText } from './useText'

export function App({ entries = modelFiles }: { entries?: typeof modelFiles }) {
  const t = useText()
  const lang = useLang()
  const entry = defaultModelFile(entries)
  const model = useScenario((s) => s.model)
  const openModel = useScenario((s) => s.openModel)
  const evaluation = useEvaluation()
  const year = useSelectedYear()
  useUndoShortcuts()

  useEffect(() => {
    if (entry?.load.ok) openModel(entry.load.model)
  }, [entry, openModel])
  useEffect(() => {
    document.documentElement.lang = lang
  }, [lang])

  if (!entry) {
    return (
      <main className="app">
        <p role="alert">{t.noModel}</p>
      </main>
    )
  }
  if (!entry.load.ok) {
    return (
      <main className="app">
        <p>{t.modelFailed(entry.name)}</p>
        <ProblemList problems={entry.load.problems} />
      </main>
    )
  }
  if (!model || !evaluation || year === null) {
    return (
      <main className="app">
        <p>{t.loading}</p>
      </main>
    )
  }
  return (
    <div className="app">
      <AppHeader model={model} />
      <main className="workspace">
        <RuleNotices evaluation={evaluation} />
        <MeasurePanel model={model} evaluation={evaluation} />
        <ResultsPanel
          model={model}
          evaluation={evaluation}
          year={year}
          dataWarnings={entry.load.warnings}
        />
      </main>
    </div>
  )
}
