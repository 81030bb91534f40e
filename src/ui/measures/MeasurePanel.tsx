import { useShallow } from 'zustand/react/shallow'
import type { Evaluation } from '../../model/engine/types'
import type { ValidModel } from '../../model/load/validModel'
import { own } from '../../model/own'
import { useMeasureBases, useMeasureEffects, useSelectedYear } from '../../state/evaluation'
import { useScenario } from '../../state/store'
import { MeasureFilter } from '../../state/viewSlice'
import { Segmented } from '../header/Segmented'
import { useFormat } from '../useFormat'
import { useText } from '../useText'
import { filterMeasures } from './filterMeasures'
import { MeasureItem } from './MeasureItem'

/** The measures grouped by theme, to filter, search, switch and open. */
export function MeasurePanel({ model, evaluation }: { model: ValidModel; evaluation: Evaluation }) {
  const t = useText()
  const f = useFormat()
  const year = useSelectedYear() ?? model.planYears[0] ?? model.baseYear
  const { filter, search, setFilter, setSearch, selection, restoreRecommendation, restoring } =
    useScenario(
      useShallow((s) => ({
        filter: s.filter,
        search: s.search,
        setFilter: s.setFilter,
        setSearch: s.setSearch,
        selection: s.doc.selection,
        restoreRecommendation: s.restoreRecommendation,
        restoring: s.restoring,
      })),
    )
  const effects = useMeasureEffects()
  const bases = useMeasureBases()
  const chosen = new Set(selection)
  const visible = filterMeasures(model.measures, filter, search, chosen)
  const yearResult = evaluation.years.find((y) => y.year === year)
  return (
    <section className="measure-panel" aria-labelledby="measures-heading">
      <h2 id="measures-heading">{t.measures.heading}</h2>
      <fieldset className="measure-body" disabled={restoring} aria-busy={restoring}>
        <div className="measure-tools no-print">
          <Segmented
            legend={t.measures.filter}
            name="filter"
            value={filter}
            options={Object.values(MeasureFilter).map((value) => ({
              value,
              label: t.measures.filters[value],
            }))}
            onChange={setFilter}
          />
          <label className="search">
            <span>{t.measures.search}</span>
            <input
              type="search"
              value={search}
              onChange={(event) => setSearch(event.target.value)}
            />
          </label>
          <button type="button" onClick={restoreRecommendation}>
            {t.measures.backToRecommendation}
          </button>
        </div>
        <p className="note">{t.measures.caption(f.unitLabel)}</p>
        <p className="count" aria-live="polite">
          {t.measures.count(visible.length, selection.length)}
        </p>
        {visible.length === 0 && <p>{t.measures.noMatch}</p>}
        {model.themes.map((theme) => {
          const measures = visible.filter((m) => m.theme === theme.id)
          if (measures.length === 0) return null
          const themeNet = own(yearResult?.byTheme, theme.id)
          return (
            <section key={theme.id} className="theme" aria-labelledby={`theme-${theme.id}`}>
              <h3 id={`theme-${theme.id}`}>
                {theme.title}
                {themeNet && (
                  <span className="theme-total">
                    {t.measures.themeChosen(f.amountWithUnit(themeNet))}
                  </span>
                )}
              </h3>
              <ul className="measures">
                {measures.map((measure) => (
                  <MeasureItem
                    key={measure.id}
                    model={model}
                    measure={measure}
                    result={effects.get(measure.id)}
                    basis={bases.get(measure.id)}
                    on={chosen.has(measure.id)}
                    year={year}
                  />
                ))}
              </ul>
            </section>
          )
        })}
      </fieldset>
    </section>
  )
}
