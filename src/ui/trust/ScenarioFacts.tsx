import type { ValidModel } from '../../model/load/validModel'
import type { ChangedInput } from '../../model/scenario/changedInputs'
import { formatDate } from '../../i18n/dates'
import { useFormat } from '../useFormat'
import { useListFormat } from '../useListFormat'
import { useLang, useText } from '../useText'
import { ChangedInputs } from './ChangedInputs'

/**
 * What a printed page must say so nobody has to guess what its figures are: the scenario, the model
 * and its version, the date, the plan year, the unit and every input changed from the model file
 * (`changes` null where the page lists them itself). Shown in print only.
 */
export function ScenarioFacts({
  model,
  names,
  planYear,
  changes,
}: {
  model: ValidModel
  names: readonly string[]
  planYear: string
  changes: readonly ChangedInput[] | null
}) {
  const t = useText()
  const f = useFormat()
  const lang = useLang()
  const list = useListFormat()
  return (
    <section className="scenario-facts print-only" aria-label={t.about.heading}>
      <dl>
        <div>
          <dt>{names.length > 1 ? t.about.scenarios : t.about.scenario}</dt>
          <dd>{list(names)}</dd>
        </div>
        <div>
          <dt>{t.about.model}</dt>
          <dd>
            {t.about.modelVersion(`${model.municipality.name}: ${model.title}`, model.version)}
          </dd>
        </div>
        <div>
          <dt>{t.about.date}</dt>
          <dd>{formatDate(new Date(), lang)}</dd>
        </div>
        <div>
          <dt>{t.about.planYear}</dt>
          <dd>{planYear}</dd>
        </div>
        <div>
          <dt>{t.about.unit}</dt>
          <dd>{f.unitLabel}</dd>
        </div>
        {changes && (
          <div className="scenario-facts-changes">
            <dt>{t.about.changedInputs}</dt>
            <dd>
              {changes.length === 0 ? (
                t.trust.noneChanged
              ) : (
                <ChangedInputs model={model} changes={changes} withMeasure />
              )}
            </dd>
          </div>
        )}
      </dl>
    </section>
  )
}
