import { ModelField } from '../table/ModelField'
import { ModelTable } from '../table/ModelTable'
import { BaselineSection } from './BaselineSection'
import { OptionalPart } from './OptionalPart'
import { rowName } from './rowName'
import { useBaseYear } from './useBaseYear'
import { useBaselineText } from './useBaselineText'

/** A NAV office shared with the state and other municipalities: its keys and its partners. */
export function PartnershipEditor() {
  const t = useBaselineText()
  const f = t.fields
  const baseYear = useBaseYear()
  return (
    <BaselineSection title={t.sections.partnership}>
      <OptionalPart
        field="partnership"
        blank={() => ({
          name: '',
          year: baseYear,
          self: 'kommunen',
          unit: 'nav',
          keys: [{ id: 'lonn', label: '', basis: 'staffYears' }],
          partners: [
            { id: 'staten', name: 'NAV (staten)', staffYears: '0' },
            { id: 'kommunen', name: '', staffYears: '0' },
          ],
        })}
        addLabel={t.addItem.partnership}
        removeLabel={t.removeWhole(t.sections.partnership)}
      >
        <div className="model-fields">
          <ModelField path={['partnership', 'name']} label={f.partnershipName} />
          <ModelField path={['partnership', 'year']} label={f.year} column={{ kind: 'year' }} />
          <ModelField path={['partnership', 'self']} label={f.self} />
          <ModelField path={['partnership', 'unit']} label={f.unit} />
        </div>
        <ModelTable
          path={['partnership', 'keys']}
          caption={f.keys}
          columns={[
            { key: ['id'], label: 'Id', kind: 'text' },
            { key: ['label'], label: f.label, kind: 'text' },
            {
              key: ['basis'],
              label: f.basis,
              kind: 'select',
              options: [
                { value: 'staffYears', label: f.bases.staffYears },
                { value: 'officeStaff', label: f.bases.officeStaff },
              ],
            },
          ]}
          newRow={(i) => ({ id: `nokkel${i + 1}`, label: '', basis: 'staffYears' })}
          rowName={rowName('label', 'id')}
        />
        <ModelTable
          path={['partnership', 'partners']}
          caption={f.partners}
          columns={[
            { key: ['id'], label: 'Id', kind: 'text' },
            { key: ['name'], label: f.name, kind: 'text' },
            { key: ['staffYears'], label: f.staffYears, kind: 'amount' },
            { key: ['officeStaff'], label: f.officeStaff, kind: 'amount' },
          ]}
          newRow={(i) => ({ id: `partner${i + 1}`, name: '', staffYears: '0' })}
          rowName={rowName('name', 'id')}
        />
      </OptionalPart>
    </BaselineSection>
  )
}
