import { MeasureStatus } from '../../../model/schema/measure'
import { useText } from '../../useText'
import { ChoiceField } from './ChoiceField'
import { ConsequenceFields } from './ConsequenceFields'
import { choicesOf, textOf, useDraftPart } from './draftChoices'
import { DriverList } from './DriverList'
import { HouseholdEffectsFields } from './HouseholdEffectsFields'
import { IdChecklist } from './IdChecklist'
import { MeasurePreview } from './MeasurePreview'
import { ReportFields } from './ReportFields'
import { TextField } from './TextField'
import { TimingFields } from './TimingFields'
import { UncertaintyFields } from './UncertaintyFields'
import { useMeasureText } from './useMeasureText'

/** Every field of one measure, with the preview of its effect beside them. */
export function MeasureForm({ measureIndex, id }: { measureIndex: number; id: string }) {
  const t = useMeasureText()
  const ui = useText()
  const at = ['measures', measureIndex] as const
  const themes = useDraftPart('themes')
  const units = useDraftPart('units')
  return (
    <section className="me-form" aria-labelledby="me-form-heading">
      <h3 id="me-form-heading">{t.formHeading(id)}</h3>
      <MeasurePreview measureIndex={measureIndex} />
      <TextField
        path={[...at, 'id']}
        label={t.fields.id}
        hint={t.fields.idHint}
        renames={(from, to) => ({ kind: 'measure', from, to })}
      />
      <TextField path={[...at, 'title']} label={t.fields.title} />
      <TextField path={[...at, 'description']} label={t.fields.description} multiline />
      <ChoiceField
        path={[...at, 'status']}
        label={t.fields.status}
        choices={MeasureStatus.map((status) => ({
          value: status,
          label: ui.measures.status[status],
        }))}
      />
      <ChoiceField
        path={[...at, 'theme']}
        label={t.fields.theme}
        choices={choicesOf(themes, 'id', (theme) => textOf(theme, 'title'))}
      />
      <IdChecklist
        path={[...at, 'units']}
        label={t.fields.units}
        choices={choicesOf(units, 'id', (unit) => textOf(unit, 'name'))}
      />
      <TimingFields measureIndex={measureIndex} />
      <DriverList measureIndex={measureIndex} />
      <ConsequenceFields at={[...at, 'consequences', 'users']} heading={t.consequences.users} />
      <ConsequenceFields at={[...at, 'consequences', 'staff']} heading={t.consequences.staff} />
      <UncertaintyFields at={[...at, 'uncertainty']} />
      <HouseholdEffectsFields measureIndex={measureIndex} />
      <ReportFields at={at} />
    </section>
  )
}
