import { lazy, Suspense, useEffect, useRef } from 'react'
import { defaultModelFile, modelFiles, publishedFiles } from '../state/bundledFiles'
import { currentEvaluation, useSelectedYear } from '../state/evaluation'
import { isShareFragment } from '../state/share/shareLink'
import { useScenario } from '../state/store'
import { CompareView } from './compare/CompareView'
import { AppHeader } from './header/AppHeader'
import { useUndoShortcuts } from './header/useUndoShortcuts'
import { ResultsSummary } from './meeting/ResultsSummary'
import { useMeetingShortcut } from './meeting/useMeetingShortcut'
import { MeasurePanel } from './measures/MeasurePanel'
import { PresentationView } from './presentation/PresentationView'
import { PanelBoundary } from './PanelBoundary'
import { ProblemList } from './ProblemList'
import { ResultsPanel } from './results/ResultsPanel'
import { RuleNotices } from './RuleNotices'
import { StorageNotices } from './scenarios/StorageNotices'
import { UnsavedChangesDialog } from './scenarios/UnsavedChangesDialog'
import { ModelChangedDialog } from './versions/ModelChangedDialog'
import { useStartup } from './useStartup'
import { useLang, useText } from './useText'

// Most people never edit a model: the editor loads when first opened, not with the first screen.
const ModelEditor = lazy(() =>
  import('./modelEditor/ModelEditor').then((module) => ({ default: module.ModelEditor })),
)

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
  // A shared scenario is shown on its own model, which may have come with the link.
  const sharedModel = useScenario((s) => s.shared?.model)
  const view = useScenario((s) => s.view)
  const openLoad = useScenario((s) => s.library.find((m) => m.key === s.modelKey)?.load)
  const editingModel = useScenario((s) => s.modelEdit !== null)
  // Whether there are figures, not which: each part follows the figures it shows itself.
  const evaluated = useScenario((s) => currentEvaluation(s) !== null)
  const meeting = useScenario((s) => s.meeting)
  const year = useSelectedYear()
  useStartup(entries, published)
  useUndoShortcuts()
  // Meeting mode is a way of showing the editor: a shared link's view and the model editor have none.
  const meetingApplies = view !== 'presentation' && !editingModel
  useMeetingShortcut(meetingApplies)
  useEffect(() => {
    document.documentElement.lang = lang
  }, [lang])
  // Leaving the read-only view leaves the link: a reload then opens the editor, not the link again.
  const presented = useRef(false)
  useEffect(() => {
    if (view === 'presentation') presented.current = true
    else if (presented.current) {
      presented.current = false
      if (isShareFragment(window.location.hash))
        window.history.replaceState(null, '', window.location.pathname)
    }
  }, [view])

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
  if (!model || !evaluated || year === null) {
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
          <PanelBoundary part="presentation">
            <PresentationView model={sharedModel ?? model} />
          </PanelBoundary>
        </main>
        <UnsavedChangesDialog />
      </div>
    )
  }
  return (
    <div className={meeting && meetingApplies ? 'app app--meeting' : 'app'}>
      <PanelBoundary part="header">
        <AppHeader model={model} />
      </PanelBoundary>
      <PanelBoundary part="notices">
        <StorageNotices />
      </PanelBoundary>
      {editingModel ? (
        <PanelBoundary part="models">
          <Suspense fallback={<p>{t.loading}</p>}>
            <ModelEditor />
          </Suspense>
        </PanelBoundary>
      ) : view === 'compare' ? (
        <main className="workspace workspace--single">
          <PanelBoundary part="compare">
            <CompareView model={model} />
          </PanelBoundary>
        </main>
      ) : (
        <main className="workspace">
          <PanelBoundary part="notices">
            <RuleNotices />
          </PanelBoundary>
          <PanelBoundary part="measures">
            <MeasurePanel model={model} />
          </PanelBoundary>
          <PanelBoundary part="results">
            <ResultsSummary year={year} />
          </PanelBoundary>
          <ResultsPanel
            model={model}
            year={year}
            dataWarnings={openLoad?.ok ? openLoad.warnings : entry.load.warnings}
          />
        </main>
      )}
      <UnsavedChangesDialog />
      <ModelChangedDialog />
    </div>
  )
}
