import { TextField } from '../measures/TextField'
import { HouseholdBudgetTable } from './HouseholdBudgetTable'
import { RegimesTable } from './RegimesTable'
import { TaxLineFields } from './TaxLineFields'
import { useBaselineText } from './useBaselineText'
import { useHousehold } from './useHousehold'

/** One household case: its id and title, its regimes, its budget per regime and its tax lines. */
export function HouseholdEditor({ household }: { household: number }) {
  const t = useBaselineText()
  const h = t.households
  const { title, lines } = useHousehold(household)
  const at = ['households', household] as const
  const name = title.trim() || h.item(household + 1, '')
  return (
    <fieldset className="me-group household">
      <legend>{h.item(household + 1, title.trim())}</legend>
      <div className="model-fields">
        <TextField
          path={[...at, 'id']}
          label={h.id}
          renames={(from, to) => ({ kind: 'household', from, to })}
        />
        <TextField path={[...at, 'title']} label={t.fields.householdTitle} />
      </div>
      <RegimesTable household={household} name={name} />
      <HouseholdBudgetTable household={household} name={name} />
      {lines.map((line, l) =>
        line.kind === 'tax' ? <TaxLineFields key={l} household={household} line={l} /> : null,
      )}
      <TextField path={[...at, 'note']} label={h.note} multiline optional />
    </fieldset>
  )
}
