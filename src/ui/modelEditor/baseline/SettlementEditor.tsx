import { useScenario } from '../../../state/store'
import { valueAt } from '../../../state/table/setAt'
import type { TableColumn } from '../../../state/table/tableColumn'
import { ModelField } from '../table/ModelField'
import { ModelTable } from '../table/ModelTable'
import { BaselineSection } from './BaselineSection'
import { OptionalPart } from './OptionalPart'
import { rowName } from './rowName'
import { useBaseYear } from './useBaseYear'
import { useBaselineText } from './useBaselineText'
import { nextYear, yearColumn, yearKeys } from './yearList'

/** People settled by category and year, and the totals the source reports. */
export function SettlementEditor() {
  const t = useBaselineText()
  const f = t.fields
  const baseYear = useBaseYear()
  const years = useScenario((s) => valueAt(s.modelEdit?.file, ['settlement', 'years']))
  const keys = yearKeys(years)
  return (
    <BaselineSection title={t.sections.settlement}>
      <OptionalPart
        field="settlement"
        blank={() => ({
          years: [baseYear],
          categories: [{ id: 'ordinar', label: '', counts: { [baseYear]: null } }],
          reportedTotals: {},
        })}
        addLabel={t.addItem.settlement}
        removeLabel={t.removeWhole(t.sections.settlement)}
      >
        <ModelTable
          path={['settlement', 'years']}
          caption={f.settlementYears}
          columns={[yearColumn(f.year)]}
          newRow={() => nextYear(years)}
        />
        <ModelTable
          path={['settlement', 'categories']}
          caption={f.settlementCategories}
          columns={[
            { key: ['id'], label: 'Id', kind: 'text' },
            { key: ['label'], label: f.label, kind: 'text' },
            ...keys.map((year): TableColumn => ({
              key: ['counts', year],
              label: year,
              kind: 'amount',
              empty: null,
            })),
          ]}
          newRow={(i) => ({ id: `kategori${i + 1}`, label: '', counts: {} })}
          rowName={rowName('label', 'id')}
        />
        <div className="model-fields">
          {keys.map((year) => (
            <ModelField
              key={year}
              path={['settlement', 'reportedTotals', year]}
              label={f.reportedTotal(year)}
              column={{ kind: 'amount' }}
            />
          ))}
        </div>
      </OptionalPart>
    </BaselineSection>
  )
}
