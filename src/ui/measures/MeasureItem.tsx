import { memo } from 'react'
import type { ValidModel } from '../../model/load/validModel'
import { ZERO } from '../../model/money/decimal'
import type { Measure } from '../../model/schema/measure'
import { useMeasureState } from '../../state/derived/measureSlices'
import { useScenario } from '../../state/store'
import { ChangedBadge } from '../trust/ChangedBadge'
import { useFormat } from '../useFormat'
import { useText } from '../useText'
import { MeasureDetails } from './MeasureDetails'

/**
 * One measure: its switch, what it does this year and for good, and its details on request.
 * Memoised and subscribed to its own state (chosen, effect, changed inputs): switching one measure
 * re-renders that measure's item only.
 */
export const MeasureItem = memo(function MeasureItem({
  model,
  measure,
  year,
}: {
  model: ValidModel
  measure: Measure
  year: number
}) {
  // basis is set when the measure's inputs differ from the model file.
  const { on, result, basis, expanded } = useMeasureState(measure.id)
  const t = useText()
  const f = useFormat()
  const detailsId = `details-${measure.id}`
  const titleId = `title-${measure.id}`
  const { timing } = measure
  return (
    <li className={`measure ${on ? 'on' : 'off'}`} data-testid={`measure-${measure.id}`}>
      <div className="measure-head">
        <input
          type="checkbox"
          role="switch"
          className="switch"
          checked={on}
          aria-label={t.measures.choose(measure.id, measure.title)}
          // The store's actions are read when used: a thousand items need not subscribe to them.
          onChange={(event) => useScenario.getState().setMeasure(measure.id, event.target.checked)}
        />
        <span className="measure-id">{measure.id}</span>
        <span className="measure-title" id={titleId}>
          {measure.title}
        </span>
        <button
          type="button"
          className="expand"
          aria-expanded={expanded}
          aria-controls={detailsId}
          aria-label={
            expanded ? t.measures.hideDetails(measure.id) : t.measures.showDetails(measure.id)
          }
          onClick={() => useScenario.getState().toggleExpanded(measure.id)}
        >
          {expanded ? '▴' : '▾'}
        </button>
      </div>
      <dl className="measure-facts">
        <div>
          <dt>{t.measures.inYear(year)}</dt>
          <dd data-testid={`effect-${measure.id}`}>
            {f.amount(result?.byYear[year]?.net ?? ZERO)}
          </dd>
        </div>
        <div>
          <dt>{t.measures.lasting}</dt>
          <dd>{f.amount(result?.lasting.net ?? ZERO)}</dd>
        </div>
        <div>
          <dt>{t.measures.staffYears}</dt>
          <dd>{f.staffYears(result?.annual.staffYears ?? ZERO)}</dd>
        </div>
        <div>
          <dt>{t.measures.users}</dt>
          <dd className={`level level--${measure.consequences.users.level}`}>
            {t.measures.levels[measure.consequences.users.level]}
          </dd>
        </div>
        <div>
          <dt>{t.measures.staff}</dt>
          <dd className={`level level--${measure.consequences.staff.level}`}>
            {t.measures.levels[measure.consequences.staff.level]}
          </dd>
        </div>
      </dl>
      <p className="badges">
        {basis && <ChangedBadge model={model} changes={basis.changed} />}
        <span
          className={`badge badge--${measure.uncertainty.level}`}
          title={measure.uncertainty.text}
        >
          {measure.uncertainty.label ?? t.measures.uncertainty[measure.uncertainty.level]}
        </span>
        {measure.status === 'considered' && (
          <span className="badge">{t.measures.status.considered}</span>
        )}
        {timing?.lastYear !== undefined && (
          <span className="badge">
            {t.measures.temporary(timing.firstYear ?? model.planYears[0] ?? year, timing.lastYear)}
          </span>
        )}
        {measure.reportLabel && (
          <span className="report-label">{t.measures.reportLabel(measure.reportLabel)}</span>
        )}
      </p>
      {expanded && (
        <MeasureDetails
          id={detailsId}
          model={model}
          measure={measure}
          result={result}
          basis={basis}
        />
      )}
    </li>
  )
})
