import { useScenario } from '../../../state/store'
import { valueAt } from '../../../state/table/setAt'
import { ModelTable } from '../table/ModelTable'
import { BaselineSection } from './BaselineSection'
import { rowName } from './rowName'
import { useBaselineText } from './useBaselineText'
import { useTotals } from './useTotals'

/** Units with their ids and names, each unit's teams with staff-years, and the sums of both. */
export function UnitsEditor() {
  const t = useBaselineText()
  const f = t.fields
  const units = useScenario((s) => valueAt(s.modelEdit?.file, ['units']))
  const { totals, show } = useTotals()
  const list = Array.isArray(units) ? units : []
  return (
    <BaselineSection title={t.sections.units}>
      <ModelTable
        path={['units']}
        caption={t.sections.units}
        columns={[
          { key: ['id'], label: 'Id', kind: 'text' },
          { key: ['name'], label: f.unitName, kind: 'text' },
        ]}
        newRow={(i) => ({
          id: `enhet${i + 1}`,
          name: '',
          teams: [{ id: 'team1', name: '', staffYears: '0' }],
        })}
        rowName={rowName('name', 'id')}
      />
      {list.map((unit, u) => {
        const name = rowName('name', 'id')(unit) || String(u + 1)
        const staffYears = totals.units[u]?.staffYears ?? null
        return (
          <ModelTable
            key={u}
            path={['units', u, 'teams']}
            caption={f.teams(name)}
            columns={[
              { key: ['id'], label: 'Id', kind: 'text' },
              { key: ['name'], label: f.name, kind: 'text' },
              { key: ['staffYears'], label: f.staffYears, kind: 'amount' },
            ]}
            newRow={(i) => ({ id: `team${i + 1}`, name: '', staffYears: '0' })}
            rowName={rowName('name', 'id')}
            footer={
              <p className="table-total" data-testid={`unit-total-${u}`}>
                {t.totals.staffYears(show(staffYears))}
              </p>
            }
          />
        )
      })}
      <p className="table-total" data-testid="staff-years-total">
        {t.totals.allStaffYears(show(totals.staffYears))}
      </p>
    </BaselineSection>
  )
}
