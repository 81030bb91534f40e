import { useText } from '../../useText'
import { DecimalField } from './DecimalField'
import { TextField } from './TextField'
import { useMeasureText } from './useMeasureText'

/**
 * Where the source reports the measure and the figure it prints (checked against the model's own
 * figure), and its words on economy and risk. All optional: left empty, they are not in the file.
 */
export function ReportFields({ at }: { at: readonly (string | number)[] }) {
  const t = useMeasureText()
  const r = t.report
  const kr = useText().units.kr
  return (
    <fieldset className="me-group">
      <legend>{r.heading}</legend>
      <TextField path={[...at, 'reportSection']} label={r.section} hint={r.sectionHint} optional />
      <TextField path={[...at, 'reportLabel']} label={r.label} hint={t.optional} optional />
      <DecimalField
        path={[...at, 'reported', 'amount']}
        label={r.amount}
        unit={kr}
        dropEmptyParent
      />
      <DecimalField
        path={[...at, 'reported', 'precision']}
        label={r.precision}
        hint={r.precisionHint}
        unit={kr}
        dropEmptyParent
      />
      <TextField path={[...at, 'reported', 'note']} label={r.note} multiline optional />
      <TextField path={[...at, 'economy']} label={r.economy} multiline optional />
      <TextField path={[...at, 'risk']} label={r.risk} multiline optional />
    </fieldset>
  )
}
