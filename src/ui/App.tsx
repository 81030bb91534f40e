import { useEffect } from 'react'
import { defaultModelFile, modelFiles, publishedFiles } from '../state/bundledFiles'
import { useEvaluation, useSelectedYear } from '../state/evaluation'
import { useScenario } from '../state/store'
import { CompareView } from './compare/CompareView'
import { AppHeader } from './header/AppHeader'
import { useUndoShortcuts } from './header/useUndoShortcuts'
import { MeasurePanel } from './measures/MeasurePanel'
import { PresentationView } from './presentation/PresentationView'
import { ProblemList } from './ProblemList'
import { ResultsPanel } from './results/ResultsPanel'
import { RuleNotices } from './RuleNotices'
import { StorageNotices } from './scenarios/StorageNotices'
import { useStartup } from './useStartup'
import { useLang, useText } from './useText'

export function App({
  entries = modelFiles,
  published = publishedFiles,
}: {
  entries?: typeof modelFiles
  published?: typeof publishedFiles
}) {
  const t = useText()
  const lang = useLang()
  const entry = defaultModelFile(entries)
  const model = useScenario((s) => s.model)
  const view = useScenario((s) => s.view)
  const evaluation = useEvaluation()
  const year = useSelectedYear()
  useStartup(entry, published)
  useUndoShortcuts()
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
        <ProblemList problems={entry.load.problems} model={entry.parsed} />
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
  if (view === 'presentation') {
    return (
      <div className="app app--presentation">
        <main>
          <PresentationView model={model} />
        </main>
      </div>
    )
  }
  return (
    <div className="app">
      <AppHeader model={model} />
      <StorageNotices />
      {view === 'compare' ? (
        <main className="workspace workspace--single">
          <CompareView model={model} />
        </main>
      ) : (
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
      )}
    </div>
  )
}
