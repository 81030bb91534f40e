import { removeRegime } from '../../../state/householdEdits'
import { useScenario } from '../../../state/store'
import { valueAt } from '../../../state/table/setAt'
import { ScrollRegion } from '../../ScrollRegion'
import { freshId } from '../measures/draftChoices'
import { ModelInput } from '../table/ModelInput'
import { useBaselineText } from './useBaselineText'
import { useHousehold } from './useHousehold'
import { RemoveRowCell } from '../table/RemoveRowCell'

/** A household's regimes: id and name, added and removed with all that is kept per regime. */
export function RegimesTable({ household, name }: { household: number; name: string }) {
  const t = useBaselineText()
  const h = t.households
  const { regimes } = useHousehold(household)
  const changeModel = useScenario((s) => s.changeModel)
  const caption = t.fields.regimes(name)
  const at = ['households', household, 'regimes'] as const
  return (
    <div className="model-table">
      <ScrollRegion label={caption}>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Id</th>
              <th scope="col">{h.regimeLabel}</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {regimes.map((regime, r) => (
              <tr key={r}>
                <td>
                  <ModelInput
                    path={[...at, r, 'id']}
                    column={{ kind: 'text' }}
                    label={t.cellLabel(caption, r + 1, 'Id')}
                    renames={(from, to) => ({ kind: 'regime', household, from, to })}
                  />
                </td>
                <td>
                  <ModelInput
                    path={[...at, r, 'label']}
                    column={{ kind: 'text' }}
                    label={t.cellLabel(caption, r + 1, h.regimeLabel)}
                  />
                </td>
                <RemoveRowCell
                  label={h.removeRegime(regime.name)}
                  onRemove={() => changeModel((file) => removeRegime(file, household, r))}
                />
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <button
        type="button"
        onClick={() =>
          changeModel((file) => {
            const list = valueAt(file, at)
            if (Array.isArray(list)) list.push({ id: freshId(list, 'ordning'), label: '' })
          })
        }
      >
        {h.addRegime}
      </button>
    </div>
  )
}
