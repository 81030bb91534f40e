import { driverKinds } from '../../../model/drivers/registry'
import { own } from '../../../model/own'
import { useScenario } from '../../../state/store'
import { setAt, valueAt } from '../../../state/table/setAt'
import { ChoiceField } from './ChoiceField'
import { choicesOf, itemsOf, textOf, useDraftPart } from './draftChoices'
import { TextField } from './TextField'
import { useMeasureText } from './useMeasureText'

/**
 * The household cases a measure's rate change shows on: each names a household, one of its
 * regimes and amount lines, and a driver of this measure that changes a rate; optionally only in
 * a situation. The list is left out of the file when its last effect goes.
 */
export function HouseholdEffectsFields({ measureIndex }: { measureIndex: number }) {
  const t = useMeasureText().householdEffects
  const at = ['measures', measureIndex, 'householdEffects'] as const
  const households = itemsOf(useDraftPart('households'))
  const measure = useScenario((s) => valueAt(s.modelEdit?.file, ['measures', measureIndex]))
  const effects = itemsOf(valueAt(measure, ['householdEffects']))
  const changeModel = useScenario((s) => s.changeModel)
  const seal = useScenario((s) => s.sealModelEdit)
  // Only an input in the household-rate role can change a household's line.
  const drivers = choicesOf(
    itemsOf(valueAt(measure, ['drivers'])).filter(
      (d) => own(driverKinds, textOf(d, 'kind'))?.roles?.householdRate !== undefined,
    ),
    'id',
    (d) => textOf(d, 'id'),
  )
  const edit = (change: (list: unknown[]) => void) => {
    changeModel((file) => {
      const found = valueAt(file, at)
      const list = Array.isArray(found) ? found : []
      change(list)
      setAt(file, at, list.length === 0 ? undefined : list)
    })
    seal()
  }
  const first = households[0]
  return (
    <fieldset className="me-group">
      <legend>{t.heading}</legend>
      <p className="hint">{t.intro}</p>
      {effects.map((effect, e) => {
        const household = households.find((h) => h.id === effect.household)
        const amountLines = itemsOf(household?.lines).filter((l) => l.kind === 'amount')
        const label = (item: Record<string, unknown>) => textOf(item, 'label') || textOf(item, 'id')
        return (
          <fieldset key={e} className="me-group">
            <legend>{t.item(e + 1)}</legend>
            <ChoiceField
              path={[...at, e, 'household']}
              label={t.household}
              choices={choicesOf(households, 'id', (h) => textOf(h, 'title') || textOf(h, 'id'))}
            />
            <ChoiceField
              path={[...at, e, 'regime']}
              label={t.regime}
              choices={choicesOf(household?.regimes, 'id', label)}
            />
            <ChoiceField
              path={[...at, e, 'line']}
              label={t.line}
              choices={choicesOf(amountLines, 'id', label)}
            />
            <ChoiceField path={[...at, e, 'driver']} label={t.driver} choices={drivers} />
            <TextField
              path={[...at, e, 'situation']}
              label={t.situation}
              hint={t.situationHint}
              optional
            />
            <button type="button" onClick={() => edit((list) => list.splice(e, 1))}>
              {t.remove(e + 1)}
            </button>
          </fieldset>
        )
      })}
      <button
        type="button"
        onClick={() =>
          edit((list) =>
            list.push({
              household: textOf(first, 'id'),
              regime: textOf(itemsOf(first?.regimes)[0], 'id'),
              line: textOf(
                itemsOf(first?.lines).find((l) => l.kind === 'amount'),
                'id',
              ),
              driver: String(drivers[0]?.value ?? ''),
            }),
          )
        }
      >
        {t.add}
      </button>
    </fieldset>
  )
}
