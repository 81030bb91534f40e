import { formatDecimal } from '../../../i18n/numbers'
import { removeHouseholdLine } from '../../../state/householdEdits'
import { useScenario } from '../../../state/store'
import { valueAt } from '../../../state/table/setAt'
import { ScrollRegion } from '../../ScrollRegion'
import { useLang } from '../../useText'
import { freshId } from '../measures/draftChoices'
import { ModelInput } from '../table/ModelInput'
import { useBaselineText } from './useBaselineText'
import { useHousehold } from './useHousehold'
import { RemoveRowCell } from '../table/RemoveRowCell'

/**
 * A household's monthly budget as the report prints it: a row per line, a column per regime. An
 * amount line is typed per regime (empty where it does not apply); a tax line's amount and the
 * disposable income are worked out, with the report's disposable income beside them to compare.
 */
export function HouseholdBudgetTable({ household, name }: { household: number; name: string }) {
  const t = useBaselineText()
  const h = t.households
  const lang = useLang()
  const { regimes, lines, preview } = useHousehold(household)
  const changeModel = useScenario((s) => s.changeModel)
  const caption = t.fields.householdLines(name)
  const at = ['households', household] as const
  const show = (value: string | null) =>
    value === null ? t.totals.unknown : formatDecimal(value, lang)
  const budget = (regime: string) => preview.find((p) => p.id === regime)
  /** A tax line's amount under a regime, worked out; unknown while the budget is. */
  const tax = (line: string, regime: string) => {
    const found = budget(regime)
    if (!found || found.disposable === null) return t.totals.unknown
    const amount = found.lines.get(line)
    return amount === undefined ? h.notInRegime : show(amount)
  }
  const add = (kind: 'amount' | 'tax') =>
    changeModel((file) => {
      const list = valueAt(file, [...at, 'lines'])
      if (!Array.isArray(list)) return
      const id = freshId(list, kind === 'amount' ? 'linje' : 'skatt')
      list.push(
        kind === 'amount'
          ? { kind, id, label: '', amounts: {} }
          : {
              kind,
              id,
              label: h.newTax,
              rate: '0',
              // Tax on what is above it, in every regime: the usual case, ticked off as needed.
              base: lines.filter((line) => line.kind === 'amount').map((line) => line.id),
              regimes: regimes.map((regime) => regime.id),
            },
      )
    })
  return (
    <div className="model-table household-budget">
      <ScrollRegion label={caption}>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Id</th>
              <th scope="col">{h.line}</th>
              <th scope="col">{h.lineKind}</th>
              {regimes.map((regime, r) => (
                <th key={r} scope="col" className="number">
                  {regime.name}
                </th>
              ))}
              <td />
            </tr>
          </thead>
          <tbody>
            {lines.map((line, l) => (
              <tr key={l}>
                <td>
                  <ModelInput
                    path={[...at, 'lines', l, 'id']}
                    column={{ kind: 'text' }}
                    label={t.cellLabel(caption, l + 1, 'Id')}
                    renames={(from, to) => ({ kind: 'line', household, from, to })}
                  />
                </td>
                <td>
                  <ModelInput
                    path={[...at, 'lines', l, 'label']}
                    column={{ kind: 'text' }}
                    label={t.cellLabel(caption, l + 1, h.line)}
                  />
                </td>
                <td>{line.kind === 'tax' ? h.kinds.tax : h.kinds.amount}</td>
                {regimes.map((regime, r) =>
                  line.kind === 'tax' ? (
                    <td key={r} className="number computed">
                      {tax(line.id, regime.id)}
                    </td>
                  ) : (
                    <td key={r}>
                      <ModelInput
                        path={[...at, 'lines', l, 'amounts', regime.id]}
                        column={{ kind: 'amount' }}
                        label={h.amountCell(line.name, regime.name)}
                      />
                    </td>
                  ),
                )}
                <RemoveRowCell
                  label={h.removeLine(line.name)}
                  onRemove={() => changeModel((file) => removeHouseholdLine(file, household, l))}
                />
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="table-total">
              <th scope="row" colSpan={3}>
                {h.disposable}
              </th>
              {regimes.map((regime, r) => (
                <td key={r} className="number" data-testid={`disposable-${household}-${regime.id}`}>
                  {show(budget(regime.id)?.disposable ?? null)}
                </td>
              ))}
              <td />
            </tr>
            <tr>
              <th scope="row" colSpan={3}>
                {h.reportedDisposable}
              </th>
              {regimes.map((regime, r) => (
                <td key={r}>
                  <ModelInput
                    path={[...at, 'reportedDisposable', regime.id]}
                    column={{ kind: 'amount' }}
                    label={h.reportedDisposableIn(regime.name)}
                  />
                </td>
              ))}
              <td />
            </tr>
          </tfoot>
        </table>
      </ScrollRegion>
      <div className="buttons">
        <button type="button" onClick={() => add('amount')}>
          {h.addAmount}
        </button>
        <button type="button" onClick={() => add('tax')}>
          {h.addTax}
        </button>
      </div>
    </div>
  )
}
