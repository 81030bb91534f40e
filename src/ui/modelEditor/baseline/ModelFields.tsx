import { useScenario } from '../../../state/store'
import { valueAt } from '../../../state/table/setAt'
import { ModelField } from '../table/ModelField'
import { ModelTable } from '../table/ModelTable'
import { BaselineSection } from './BaselineSection'
import { useBaselineText } from './useBaselineText'
import { nextYear, yearColumn, yearKeys } from './yearList'

/**
 * The model's name and source, the municipality, the years of the plan, the price basis and the
 * target.
 */
export function ModelFields() {
  const t = useBaselineText()
  const f = t.fields
  const planYears = useScenario((s) => valueAt(s.modelEdit?.file, ['planYears']))
  return (
    <>
      <BaselineSection title={t.sections.model}>
        <div className="model-fields">
          <ModelField path={['title']} label={f.title} />
          <ModelField path={['id']} label={f.id} />
        </div>
      </BaselineSection>
      <BaselineSection title={t.sections.source}>
        <div className="model-fields">
          <ModelField path={['source', 'title']} label={f.sourceTitle} hint={f.sourceHint} />
          <ModelField path={['source', 'publisher']} label={f.sourcePublisher} />
          <ModelField path={['source', 'year']} label={f.sourceYear} column={{ kind: 'year' }} />
        </div>
      </BaselineSection>
      <BaselineSection title={t.sections.municipality}>
        <div className="model-fields">
          <ModelField path={['municipality', 'name']} label={f.municipalityName} />
          <ModelField path={['municipality', 'number']} label={f.municipalityNumber} />
        </div>
      </BaselineSection>
      <BaselineSection title={t.sections.years}>
        <div className="model-fields">
          <ModelField path={['baseYear']} label={f.baseYear} column={{ kind: 'year' }} />
          <ModelField path={['priceBasis']} label={f.priceBasis} hint={f.priceBasisHint} />
        </div>
        <ModelTable
          path={['planYears']}
          caption={f.planYears}
          columns={[yearColumn(f.planYear)]}
          newRow={() => nextYear(planYears)}
        />
      </BaselineSection>
      <BaselineSection title={t.sections.target}>
        <div className="model-fields">
          <ModelField path={['target', 'lasting']} label={f.lasting} column={{ kind: 'amount' }} />
        </div>
        <ModelField path={['target', 'text']} label={f.targetText} multiline />
        <p className="hint">{f.byYearNote}</p>
        <div className="model-fields">
          {yearKeys(planYears).map((year) => (
            <ModelField
              key={year}
              path={['target', 'byYear', year]}
              label={f.byYear(year)}
              column={{ kind: 'amount' }}
            />
          ))}
        </div>
      </BaselineSection>
    </>
  )
}
