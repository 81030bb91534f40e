import { useShallow } from 'zustand/react/shallow'
import type { ValidModel } from '../../model/load/validModel'
import { Lang } from '../../i18n/lang'
import { useSelectedYear } from '../../state/evaluation'
import { useScenario } from '../../state/store'
import { AmountUnit } from '../../state/viewSlice'
import { useText } from '../useText'
import { MEETING_KEY } from '../meeting/useMeetingShortcut'
import { ScenarioBar } from '../scenarios/ScenarioBar'
import { Segmented } from './Segmented'

export function AppHeader({ model }: { model: ValidModel }) {
  const t = useText()
  const year = useSelectedYear()
  const { lang, unit, meeting, setLang, setUnit, setYear, undo, redo, toggleMeeting } = useScenario(
    useShallow((s) => ({
      lang: s.lang,
      unit: s.unit,
      meeting: s.meeting,
      setLang: s.setLang,
      setUnit: s.setUnit,
      setYear: s.setYear,
      undo: s.undo,
      redo: s.redo,
      toggleMeeting: s.toggleMeeting,
    })),
  )
  // While a model is edited, the scenario's controls would act on something out of sight.
  const editing = useScenario((s) => s.modelEdit !== null)
  const canUndo = useScenario((s) => s.history.past.length > 0)
  const canRedo = useScenario((s) => s.history.future.length > 0)
  // A meeting looks at the figures: what only matters at a desk (the source, saving and sharing,
  // language, print) waits until the meeting is over.
  const inMeeting = meeting && !editing
  return (
    <header className="app-header">
      <div className="app-title">
        <p className="app-name">{t.appName}</p>
        <h1>
          {model.municipality.name}: {model.title}
        </h1>
        {!inMeeting && (
          <p className="source">
            {t.source(model.source.title, model.source.publisher, model.source.year)}
          </p>
        )}
        {!editing && !inMeeting && <ScenarioBar />}
      </div>
      <div className="controls no-print" role="group" aria-label={t.header.controls}>
        {!editing && (
          <Segmented
            legend={t.header.year}
            name="year"
            value={String(year)}
            options={model.planYears.map((y) => ({ value: String(y), label: String(y) }))}
            onChange={(value) => setYear(Number(value))}
          />
        )}
        <Segmented
          legend={t.header.unit}
          name="unit"
          value={unit}
          options={Object.values(AmountUnit).map((u) => ({ value: u, label: t.units[u] }))}
          onChange={setUnit}
        />
        {!inMeeting && (
          <Segmented
            legend={t.header.language}
            name="lang"
            value={lang}
            options={Object.values(Lang).map((l) => ({ value: l, label: t.header.languages[l] }))}
            onChange={setLang}
          />
        )}
        {!editing && (
          <div className="actions">
            <button
              type="button"
              onClick={undo}
              disabled={!canUndo}
              aria-keyshortcuts="Control+Z"
              title={t.header.undoShortcut}
            >
              ↶ {t.header.undo}
            </button>
            <button
              type="button"
              onClick={redo}
              disabled={!canRedo}
              aria-keyshortcuts="Control+Shift+Z"
              title={t.header.redoShortcut}
            >
              ↷ {t.header.redo}
            </button>
            {!inMeeting && (
              <button type="button" onClick={() => window.print()}>
                {t.header.print}
              </button>
            )}
            <button
              type="button"
              className="meeting-toggle"
              aria-pressed={meeting}
              aria-keyshortcuts={MEETING_KEY}
              title={t.meeting.shortcut}
              onClick={toggleMeeting}
            >
              {t.meeting.toggle}
            </button>
          </div>
        )}
      </div>
    </header>
  )
}
