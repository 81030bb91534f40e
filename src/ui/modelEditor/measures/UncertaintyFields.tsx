import { UncertaintyLevel } from '../../../model/schema/measure'
import { useText } from '../../useText'
import { ChoiceField } from './ChoiceField'
import { DecimalField } from './DecimalField'
import { TextField } from './TextField'
import { useMeasureText } from './useMeasureText'

/** How sure the estimate is: a level, why, a label, and a low–high range of the yearly effect. */
export function UncertaintyFields({ at }: { at: readonly (string | number)[] }) {
  const t = useMeasureText()
  const ui = useText()
  const u = t.uncertainty
  return (
    <fieldset className="me-group">
      <legend>{u.heading}</legend>
      <ChoiceField
        path={[...at, 'level']}
        label={u.level}
        choices={UncertaintyLevel.map((level) => ({
          value: level,
          label: ui.measures.uncertainty[level],
        }))}
      />
      <TextField path={[...at, 'text']} label={u.text} multiline />
      <TextField path={[...at, 'label']} label={u.label} optional hint={t.optional} />
      <p className="hint" id={`${at.join('-')}-range-hint`}>
        {u.rangeHint}
      </p>
      <DecimalField
        path={[...at, 'range', 'low']}
        label={u.low}
        unit={ui.units.kr}
        dropEmptyParent
      />
      <DecimalField
        path={[...at, 'range', 'high']}
        label={u.high}
        unit={ui.units.kr}
        dropEmptyParent
      />
    </fieldset>
  )
}
