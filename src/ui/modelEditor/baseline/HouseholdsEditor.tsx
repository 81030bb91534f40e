import { ListPart } from '../measures/ListPart'
import { freshId, textOf, useDraftPart } from '../measures/draftChoices'
import { HouseholdEditor } from './HouseholdEditor'
import { useBaselineText } from './useBaselineText'

/** The household cases: worked examples of a household's monthly budget under each regime. */
export function HouseholdsEditor() {
  const t = useBaselineText()
  const h = t.households
  const households = useDraftPart('households')
  return (
    <ListPart
      name="households"
      heading={t.sections.households}
      level="h2"
      intro={h.intro}
      items={households}
      remove={(n) =>
        h.remove(n, textOf(Array.isArray(households) ? households[n - 1] : {}, 'title'))
      }
      adds={[
        {
          label: t.addItem.household,
          make: (list) => ({
            id: freshId(list, 'husholdning'),
            title: '',
            regimes: [{ id: 'ordning1', label: '' }],
            lines: [{ kind: 'amount', id: 'linje1', label: '', amounts: {} }],
            reportedDisposable: {},
          }),
        },
      ]}
      item={(_, i) => <HouseholdEditor household={i} />}
    />
  )
}
