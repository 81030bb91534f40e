import { useScenario } from '../../../state/store'
import { valueAt } from '../../../state/table/setAt'
import type { TableColumn } from '../../../state/table/tableColumn'
import { ModelField } from '../table/ModelField'
import { ModelTable } from '../table/ModelTable'
import { AccountTotalsTable } from './AccountTotalsTable'
import { rowName } from './rowName'
import { useBaselineText } from './useBaselineText'
import { nextYear, yearColumn, yearKeys } from './yearList'

/** One account: its years, its lines with an amount for each year, the totals it reports. */
export function AccountEditor({ index, name }: { index: number; name: string }) {
  const t = useBaselineText()
  const f = t.fields
  const path = ['accounts', index] as const
  const years = useScenario((s) => valueAt(s.modelEdit?.file, [...path, 'years']))
  const functions = useScenario((s) => valueAt(s.modelEdit?.file, ['kostraFunctions']))
  const keys = yearKeys(years)
  const codes = Array.isArray(functions)
    ? [...new Set(functions.map(rowName('code')).filter((code) => code !== ''))]
    : []
  const columns: TableColumn[] = [
    { key: ['label'], label: f.label, kind: 'text' },
    {
      key: ['function'],
      label: f.function,
      kind: 'select',
      options: [
        { value: '', label: f.none },
        ...codes.map((code) => ({ value: code, label: code })),
      ],
    },
    {
      key: ['side'],
      label: f.side,
      kind: 'select',
      options: [
        { value: '', label: f.none },
        { value: 'expenditure', label: f.sides.expenditure },
        { value: 'income', label: f.sides.income },
      ],
    },
    ...keys.map((year): TableColumn => ({ key: ['amounts', year], label: year, kind: 'amount' })),
  ]
  return (
    <div className="account" aria-label={name} role="group">
      <h3>{name}</h3>
      <ModelTable
        path={[...path, 'years']}
        caption={f.accountYears(name)}
        columns={[yearColumn(f.year)]}
        newRow={() => nextYear(years)}
      />
      <ModelTable
        path={[...path, 'lines']}
        caption={f.accountLines(name)}
        columns={columns}
        newRow={() => ({ label: '', side: 'expenditure', amounts: {} })}
        rowName={rowName('label')}
      />
      <div className="model-fields">
        {keys.map((year) => (
          <ModelField
            key={year}
            path={[...path, 'reportedTotals', year]}
            label={f.reportedTotal(year)}
            column={{ kind: 'amount' }}
          />
        ))}
      </div>
      <AccountTotalsTable index={index} name={name} />
    </div>
  )
}
