import { ConsequenceLevel } from '../../../model/schema/measure'
import { useText } from '../../useText'
import { ChoiceField } from './ChoiceField'
import { TextField } from './TextField'
import { useMeasureText } from './useMeasureText'

/** What a measure means for users or for staff: a level, a summary, and more if needed. */
export function ConsequenceFields({
  at,
  heading,
}: {
  at: readonly (string | number)[]
  heading: string
}) {
  const t = useMeasureText()
  const ui = useText()
  return (
    <fieldset className="me-group">
      <legend>{heading}</legend>
      <ChoiceField
        path={[...at, 'level']}
        label={t.fields.level}
        choices={ConsequenceLevel.map((level) => ({
          value: level,
          label: ui.measures.levels[level],
        }))}
      />
      <TextField path={[...at, 'summary']} label={t.fields.summary} />
      <TextField
        path={[...at, 'text']}
        label={t.fields.text}
        multiline
        optional
        hint={t.optional}
      />
    </fieldset>
  )
}
