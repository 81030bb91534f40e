import { kindTitle } from '../../../i18n/driverWords'
import type { DriverField, DriverKind } from '../../../model/drivers/driverKind'
import { driverKinds } from '../../../model/drivers/registry'
import { own } from '../../../model/own'
import { useScenario } from '../../../state/store'
import { isPercent } from '../../measures/assumptionValue'
import { useLang, useText } from '../../useText'
import { useModelField } from '../useModelField'
import { ChoiceField } from './ChoiceField'
import { DecimalField } from './DecimalField'
import { choicesOf, itemsOf, textOf, useDraftPart } from './draftChoices'
import { TextField } from './TextField'
import { useMeasureText } from './useMeasureText'

type Path = readonly (string | number)[]

/** The fields every kind may have beside its own, for the kind's declaration to ask for or not. */
function PlaceFields({
  at,
  kind,
  driver,
}: {
  at: Path
  kind: DriverKind | undefined
  driver: unknown
}) {
  const t = useMeasureText()
  const units = useDraftPart('units')
  const functions = useDraftPart('kostraFunctions')
  const needs = (field: DriverField) => kind?.needs.includes(field) ?? false
  const unit = itemsOf(units).find((u) => u.id === textOf(driver, 'unit'))
  const functionChoices = choicesOf(
    functions,
    'code',
    (f) => `${textOf(f, 'code')} ${textOf(f, 'name')}`,
  )
  return (
    <>
      <ChoiceField
        path={[...at, 'unit']}
        label={t.drivers.unit}
        choices={choicesOf(units, 'id', (u) => textOf(u, 'name'))}
        {...(!needs('unit') && { none: t.optional })}
      />
      <ChoiceField
        path={[...at, 'team']}
        label={t.drivers.team}
        choices={choicesOf(unit?.teams, 'id', (team) => textOf(team, 'name'))}
        none={t.drivers.noTeam}
      />
      <ChoiceField
        path={[...at, 'function']}
        label={t.drivers.function}
        choices={functionChoices}
        {...(!needs('function') && { none: t.optional })}
      />
      <ChoiceField
        path={[...at, 'incomeFunction']}
        label={t.drivers.incomeFunction}
        choices={functionChoices}
        none={t.drivers.sameFunction}
      />
    </>
  )
}

/**
 * One driver, edited from its kind's declaration alone: its own fields (a choice where the kind
 * names the values, else a text), the fields it needs from the model, and each input with the
 * kind's label and unit, per-cent inputs in per cent.
 */
export function DriverFields({ measureIndex, index }: { measureIndex: number; index: number }) {
  const at = ['measures', measureIndex, 'drivers', index] as const
  const t = useMeasureText()
  const ui = useText()
  const lang = useLang()
  const driver = useModelField(at).value
  const changeModel = useScenario((s) => s.changeModel)
  const seal = useScenario((s) => s.sealModelEdit)
  const kindName = textOf(driver, 'kind')
  const kind = own(driverKinds, kindName)
  const headingId = `me-driver-${index}-heading`
  const remove = () => {
    changeModel((file) => {
      const drivers = itemsOf(file.measures)[measureIndex]?.drivers
      if (Array.isArray(drivers)) drivers.splice(index, 1)
    })
    seal()
  }
  return (
    <section className="me-driver" aria-labelledby={headingId}>
      <h4 id={headingId}>{t.drivers.item(index + 1, kindTitle(kindName, lang))}</h4>
      <TextField path={[...at, 'id']} label={t.drivers.id} />
      {Object.entries(kind?.extra ?? {}).map(([name, field]) =>
        Object.keys(field.values).length > 0 ? (
          <ChoiceField
            key={name}
            path={[...at, name]}
            label={field.label[lang]}
            choices={Object.entries(field.values).map(([value, words]) => ({
              value,
              label: words[lang],
            }))}
          />
        ) : (
          <TextField key={name} path={[...at, name]} label={field.label[lang]} multiline />
        ),
      )}
      <PlaceFields at={at} kind={kind} driver={driver} />
      {Object.entries(kind?.inputs ?? {}).map(([name, spec]) => (
        <DecimalField
          key={name}
          path={[...at, 'inputs', name]}
          label={spec.label[lang]}
          percent={isPercent(spec)}
          unit={spec.unit?.[lang] ?? ui.measures.inputUnits[spec.type]}
          {...(spec.defaultValue !== undefined || spec.defaultsTo
            ? { hint: t.optional }
            : !spec.nonNegative && !isPercent(spec) && spec.type !== 'year'
              ? { hint: ui.measures.signedHint }
              : {})}
        />
      ))}
      <TextField
        path={[...at, 'note']}
        label={t.drivers.note}
        multiline
        optional
        hint={t.optional}
      />
      <button type="button" onClick={remove}>
        {t.drivers.remove(index + 1)}
      </button>
    </section>
  )
}
