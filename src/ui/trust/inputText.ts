import { InputType } from '../../model/drivers/inputSpec'
import { driverKinds } from '../../model/drivers/registry'
import type { ValidModel } from '../../model/load/validModel'
import { dec } from '../../model/money/decimal'
import type { ChangedInput } from '../../model/scenario/changedInputs'
import type { Lang } from '../../i18n/lang'
import { inputLabel } from '../../i18n/driverWords'
import { formatDecimal } from '../../i18n/numbers'
import type { UiMessages } from '../../i18n/uiMessages'
import { isPercent } from '../measures/assumptionValue'

/** A driver input's value as a model value ("0.9") is read: "90 %", "−5 000 000 kr", "2016". */
export function inputValueText(type: InputType, value: string, lang: Lang, t: UiMessages): string {
  if (type === InputType.year) return value
  const shown = formatDecimal(isPercent({ type }) ? dec(value).times(100) : dec(value), lang)
  const unit = t.measures.inputUnits[type]
  return unit ? `${shown}\u00a0${unit}` : shown
}

/**
 * The name of a changed input as the assumption is labelled. Where the measure has the same input
 * on several drivers (B2's two staffing cuts), the team, the unit or else the driver says which.
 */
export function changedInputLabel(
  model: ValidModel,
  change: Pick<ChangedInput, 'measure' | 'driver' | 'input'>,
  lang: Lang,
): string {
  const drivers = model.measures.find((m) => m.id === change.measure)?.drivers ?? []
  const kind = drivers.find((d) => d.id === change.driver)?.kind ?? ''
  const label = inputLabel(kind, change.input, lang)
  const alike = drivers.filter((d) =>
    Object.hasOwn(driverKinds[d.kind]?.inputs ?? {}, change.input),
  )
  if (alike.length < 2) return label
  const driver = drivers.find((d) => d.id === change.driver)
  const unit = model.units.find((u) => u.id === driver?.unit)
  const team = unit?.teams.find((team) => team.id === driver?.team)
  return `${label} (${team?.name ?? unit?.name ?? change.driver})`
}

/** "Refusjonssats 90 % (modellfilen: 80 %)". */
export function changedInputText(
  model: ValidModel,
  change: ChangedInput,
  lang: Lang,
  t: UiMessages,
): string {
  return t.trust.changedInput(
    changedInputLabel(model, change, lang),
    inputValueText(change.type, change.used, lang, t),
    inputValueText(change.type, change.file, lang, t),
  )
}
