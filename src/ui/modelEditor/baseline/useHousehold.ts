import { householdPreview } from '../../../state/householdPreview'
import { useScenario } from '../../../state/store'
import { valueAt } from '../../../state/table/setAt'
import { itemsOf, textOf } from '../measures/draftChoices'

/** A regime or line of a household as the editor lists it: its id, and a name to show. */
export interface HouseholdPart {
  id: string
  name: string
}

const partsOf = (list: unknown, label: string): HouseholdPart[] =>
  itemsOf(list).map((item) => {
    const id = textOf(item, 'id')
    return { id, name: textOf(item, label).trim() || id }
  })

/**
 * One household case of the model being edited: its regimes and lines, and its budget per regime
 * as the engine works it out from the draft.
 */
export function useHousehold(index: number) {
  const household = useScenario((s) => valueAt(s.modelEdit?.file, ['households', index]))
  const lines = itemsOf(valueAt(household, ['lines']))
  return {
    title: textOf(household, 'title'),
    regimes: partsOf(valueAt(household, ['regimes']), 'label'),
    lines: lines.map((line) => ({ ...partsOf([line], 'label')[0]!, kind: textOf(line, 'kind') })),
    preview: householdPreview(household),
  }
}
