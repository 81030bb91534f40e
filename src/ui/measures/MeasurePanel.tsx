import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import type { ValidModel } from '../../model/load/validModel'
import { chosenSet } from '../../state/derived/measureSlices'
import { useSelectedYear } from '../../state/evaluation'
import { useScenario } from '../../state/store'
import { MeasureFilter } from '../../state/viewSlice'
import { Segmented } from '../header/Segmented'
import { useFormat } from '../useFormat'
import { useText } from '../useText'
import { filterMeasures } from './filterMeasures'
import { MeasureList } from './MeasureList'

const NONE: ReadonlySet<string> = new Set()

/** How many measures are shown and chosen: a switch re-renders this line, not the panel. */
function MeasureCount({ shown }: { shown: number }) {
  const t = useText()
  const chosen = useScenario((s) => s.doc.selection.length)
  return (
    <p className="count" aria-live="polite">
      {t.measures.count(shown, chosen)}
    </p>
  )
}

/**
 * The measures grouped by theme, to filter, search, switch and open. A switch re-renders the count
 * and the switched item; the panel and the list only when the filter shows the chosen measures.
 */
export function MeasurePanel({ model }: { model: ValidModel }) {
  const t = useText()
  const f = useFormat()
  const year = useSelectedYear() ?? model.planYears[0] ?? model.baseYear
  const { filter, search, setFilter, setSearch, restoreRecommendation, restoring } = useScenario(
    useShallow((s) => ({
      filter: s.filter,
      search: s.search,
      setFilter: s.setFilter,
      setSearch: s.setSearch,
      restoreRecommendation: s.restoreRecommendation,
      restoring: s.restoring,
    })),
  )
  const chosen = useScenario((s) => (filter === 'chosen' ? chosenSet(s.doc.selection) : NONE))
  const visible = useMemo(
    () => filterMeasures(model.measures, filter, search, chosen),
    [model.measures, filter, search, chosen],
  )
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
        <MeasureCount shown={visible.length} />
        {visible.length === 0 && <p>{t.measures.noMatch}</p>}
        <MeasureList model={model} measures={visible} year={year} />
      </fieldset>
    </section>
  )
}
