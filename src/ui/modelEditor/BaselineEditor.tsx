import { AccountsEditor } from './baseline/AccountsEditor'
import { GrantsEditor } from './baseline/GrantsEditor'
import { HouseholdsEditor } from './baseline/HouseholdsEditor'
import { ListsEditor } from './baseline/ListsEditor'
import { ModelFields } from './baseline/ModelFields'
import { PartnershipEditor } from './baseline/PartnershipEditor'
import { SettlementEditor } from './baseline/SettlementEditor'
import { UnitsEditor } from './baseline/UnitsEditor'
import { useBaselineText } from './baseline/useBaselineText'
import './baseline/baseline.css'

/** The baseline: municipality, plan years, target, units, accounts, grants and the rest. */
export function BaselineEditor() {
  const t = useBaselineText()
  return (
    <div className="baseline-editor">
      <p className="hint">{t.tableHint}</p>
      <ModelFields />
      <UnitsEditor />
      <AccountsEditor />
      <GrantsEditor />
      <ListsEditor />
      <PartnershipEditor />
      <SettlementEditor />
      <HouseholdsEditor />
    </div>
  )
}
