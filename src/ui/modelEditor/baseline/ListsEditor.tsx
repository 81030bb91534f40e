import { ModelTable } from '../table/ModelTable'
import { BaselineSection } from './BaselineSection'
import { useBaselineText } from './useBaselineText'
import { rowName } from './rowName'

/** The KOSTRA functions, the themes and the benefit rates: lists with a row per item. */
export function ListsEditor() {
  const t = useBaselineText()
  const f = t.fields
  return (
    <>
      <BaselineSection title={t.sections.kostraFunctions}>
        <ModelTable
          path={['kostraFunctions']}
          caption={t.sections.kostraFunctions}
          columns={[
            { key: ['code'], label: f.code, kind: 'text' },
            { key: ['name'], label: f.name, kind: 'text' },
            { key: ['fromYear'], label: f.fromYear, kind: 'year' },
            { key: ['toYear'], label: f.toYear, kind: 'year' },
          ]}
          newRow={() => ({ code: '', name: '' })}
          rowName={rowName('code', 'name')}
        />
      </BaselineSection>
      <BaselineSection title={t.sections.themes}>
        <ModelTable
          path={['themes']}
          caption={t.sections.themes}
          columns={[
            { key: ['id'], label: 'Id', kind: 'text' },
            { key: ['title'], label: f.themeTitle, kind: 'text' },
          ]}
          newRow={(i) => ({ id: `tema${i + 1}`, title: '' })}
          rowName={rowName('title', 'id')}
        />
      </BaselineSection>
      <BaselineSection title={t.sections.benefitRates}>
        <ModelTable
          path={['benefitRates']}
          caption={t.sections.benefitRates}
          columns={[
            { key: ['id'], label: 'Id', kind: 'text' },
            { key: ['label'], label: f.label, kind: 'text' },
            { key: ['amount'], label: f.amount, kind: 'amount' },
            {
              key: ['per'],
              label: f.per,
              kind: 'select',
              options: [
                { value: 'month', label: f.pers.month },
                { value: 'year', label: f.pers.year },
              ],
            },
          ]}
          newRow={(i) => ({ id: `sats${i + 1}`, label: '', amount: '0', per: 'month' })}
          rowName={rowName('label', 'id')}
        />
      </BaselineSection>
    </>
  )
}
