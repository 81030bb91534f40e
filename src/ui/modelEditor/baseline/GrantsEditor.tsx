import { ModelField } from '../table/ModelField'
import { ModelTable } from '../table/ModelTable'
import { BaselineSection } from './BaselineSection'
import { OptionalPart } from './OptionalPart'
import { rowName } from './rowName'
import { useBaseYear } from './useBaseYear'
import { useBaselineText } from './useBaselineText'
import { useTotals } from './useTotals'

/** The grants of one year, line by line, with their sums by category. */
export function GrantsEditor() {
  const t = useBaselineText()
  const f = t.fields
  const baseYear = useBaseYear()
  const { totals, show } = useTotals()
  const sums = totals.grants
  return (
    <BaselineSection title={t.sections.grants}>
      <OptionalPart
        field="grants"
        blank={() => ({
          year: baseYear,
          lines: [{ id: 'integrering', name: '', amount: '0', category: 'integration' }],
          reportedTotal: '0',
        })}
        addLabel={t.addItem.grants}
        removeLabel={t.removeWhole(t.sections.grants)}
      >
        <div className="model-fields">
          <ModelField path={['grants', 'year']} label={f.year} column={{ kind: 'year' }} />
          <ModelField
            path={['grants', 'reportedTotal']}
            label={f.reportedGrants}
            column={{ kind: 'amount' }}
          />
        </div>
        <ModelTable
          path={['grants', 'lines']}
          caption={f.grantLines}
          columns={[
            { key: ['id'], label: 'Id', kind: 'text' },
            { key: ['name'], label: f.name, kind: 'text' },
            { key: ['amount'], label: f.amount, kind: 'amount' },
            {
              key: ['category'],
              label: f.category,
              kind: 'select',
              options: [
                { value: 'integration', label: f.categories.integration },
                { value: 'costCover', label: f.categories.costCover },
              ],
            },
          ]}
          newRow={(i) => ({
            id: `tilskudd${i + 1}`,
            name: '',
            amount: '0',
            category: 'integration',
          })}
          rowName={rowName('name', 'id')}
          footer={
            sums && (
              <ul className="table-total" data-testid="grant-totals">
                <li>{t.totals.grants(f.categories.integration, show(sums.integration))}</li>
                <li>{t.totals.grants(f.categories.costCover, show(sums.costCover))}</li>
                <li>{t.totals.grantsAll(show(sums.all))}</li>
              </ul>
            )
          }
        />
      </OptionalPart>
    </BaselineSection>
  )
}
