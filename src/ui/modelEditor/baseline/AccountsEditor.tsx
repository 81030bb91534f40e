import { useScenario } from '../../../state/store'
import { valueAt } from '../../../state/table/setAt'
import { StatisticsImportButton } from '../statistics/StatisticsImportButton'
import { ModelTable } from '../table/ModelTable'
import { AccountEditor } from './AccountEditor'
import { BaselineSection } from './BaselineSection'
import { rowName } from './rowName'
import { useBaseYear } from './useBaseYear'
import { useBaselineText } from './useBaselineText'

/** The accounts by KOSTRA function and year: their list, then each account's years and lines. */
export function AccountsEditor() {
  const t = useBaselineText()
  const accounts = useScenario((s) => valueAt(s.modelEdit?.file, ['accounts']))
  const changeModel = useScenario((s) => s.changeModel)
  const list = Array.isArray(accounts) ? accounts : []
  const newAccount = accountFrom(useBaseYear())
  const addFirst = () =>
    changeModel((file) => {
      file['accounts'] = [newAccount(0)]
    })
  return (
    <BaselineSection title={t.sections.accounts}>
      <StatisticsImportButton />
      {list.length === 0 ? (
        <button type="button" onClick={addFirst}>
          {t.addItem.account}
        </button>
      ) : (
        <ModelTable
          path={['accounts']}
          caption={t.sections.accounts}
          columns={[
            { key: ['id'], label: 'Id', kind: 'text' },
            { key: ['title'], label: t.fields.accountTitle, kind: 'text' },
          ]}
          newRow={newAccount}
          rowName={rowName('title', 'id')}
        />
      )}
      {list.map((account, a) => (
        <AccountEditor key={a} index={a} name={rowName('title', 'id')(account) || String(a + 1)} />
      ))}
    </BaselineSection>
  )
}

/** A new account of one year, with one expenditure line to fill in. */
const accountFrom = (year: number) => (index: number) => ({
  id: `regnskap${index + 1}`,
  title: '',
  years: [year],
  lines: [{ label: '', side: 'expenditure', amounts: { [year]: '0' } }],
  reportedTotals: {},
})
