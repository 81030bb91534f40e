import { ChoiceField } from './ChoiceField'
import { freshId, useDraftPart, useMeasureChoices } from './draftChoices'
import { IdChecklist } from './IdChecklist'
import { ListPart } from './ListPart'
import { TextField } from './TextField'
import { useMeasureText } from './useMeasureText'

/**
 * The rules between measures: alternatives (at most one of a set) and requirements (a measure
 * needs others), each with an id and the reason a reader is shown.
 */
export function RulesEditor() {
  const t = useMeasureText().rules
  const rules = useDraftPart('rules')
  const measures = useMeasureChoices()
  return (
    <ListPart
      name="rules"
      heading={t.heading}
      items={rules}
      remove={t.remove}
      adds={[
        {
          label: t.addAlternatives,
          make: (list) => ({
            kind: 'alternatives',
            id: freshId(list, 'R'),
            measures: [],
            reason: '',
          }),
        },
        {
          label: t.addRequires,
          make: (list) => ({
            kind: 'requires',
            id: freshId(list, 'R'),
            measure: '',
            requires: [],
            reason: '',
          }),
        },
      ]}
      item={(rule, r) => {
        const at = ['rules', r] as const
        const alternatives = rule.kind === 'alternatives'
        return (
          <fieldset className="me-group">
            <legend>
              {t.item(r + 1)}: {alternatives ? t.alternatives : t.requires}
            </legend>
            <TextField path={[...at, 'id']} label={t.id} />
            {alternatives ? (
              <IdChecklist
                path={[...at, 'measures']}
                label={t.alternativeMeasures}
                choices={measures}
              />
            ) : (
              <>
                <ChoiceField path={[...at, 'measure']} label={t.measure} choices={measures} />
                <IdChecklist
                  path={[...at, 'requires']}
                  label={t.requiredMeasures}
                  choices={measures}
                />
              </>
            )}
            <TextField path={[...at, 'reason']} label={t.reason} multiline />
          </fieldset>
        )
      }}
    />
  )
}
