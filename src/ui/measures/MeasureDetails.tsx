import type { MeasureResult } from '../../model/engine/types'
import type { ValidModel } from '../../model/load/validModel'
import type { MeasureBasis } from '../../model/scenario/measureBases'
import type { Measure } from '../../model/schema/measure'
import { measureAssumptions } from '../../state/derived/measureAssumptions'
import { useFormat } from '../useFormat'
import { inputLabel, kindTitle } from '../../i18n/driverWords'
import { useLang, useText } from '../useText'
import { BasisNote } from '../trust/BasisNote'
import { AssumptionInput } from './AssumptionInput'

/** The report's words on a measure, and its drivers as assumptions to change. */
export function MeasureDetails({
  id,
  model,
  measure,
  result,
  basis,
}: {
  id: string
  model: ValidModel
  measure: Measure
  result: MeasureResult | undefined
  basis: MeasureBasis | undefined
}) {
  const t = useText()
  const lang = useLang()
  const f = useFormat()
  const { users, staff } = measure.consequences
  return (
    <div className="measure-details" id={id}>
      <h4>{t.measures.description}</h4>
      <p>{measure.description}</p>
      <h4>{t.measures.usersHeading}</h4>
      <p>{users.text ?? users.summary}</p>
      <h4>{t.measures.staffHeading}</h4>
      <p>{staff.text ?? staff.summary}</p>
      {measure.economy && (
        <>
          <h4>{t.measures.economy}</h4>
          <p>{measure.economy}</p>
          <BasisNote basis={basis} />
        </>
      )}
      {measure.risk && (
        <>
          <h4>{t.measures.risk}</h4>
          <p>{measure.risk}</p>
        </>
      )}
      <h4>{t.measures.assumptions}</h4>
      {result?.potential && (
        <p>
          {t.measures.potential}: {f.amountWithUnit(result.potential)}
        </p>
      )}
      {measureAssumptions(measure).map(({ driver, assumptions }) => (
        <fieldset key={driver.id} className="driver">
          <legend>{kindTitle(driver.kind, lang)}</legend>
          {typeof driver['reason'] === 'string' && <p>{driver['reason']}</p>}
          {driver.note && <p className="note">{driver.note}</p>}
          {assumptions.map(({ input, key, spec, fileValue }) => (
            <AssumptionInput
              key={input}
              overrideKey={key}
              input={input}
              label={inputLabel(driver.kind, input, lang)}
              spec={spec}
              fileValue={fileValue}
              planYears={model.planYears}
            />
          ))}
        </fieldset>
      ))}
    </div>
  )
}
