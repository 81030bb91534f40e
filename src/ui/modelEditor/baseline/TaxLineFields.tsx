import { DecimalField } from '../measures/DecimalField'
import { IdChecklist } from '../measures/IdChecklist'
import { useBaselineText } from './useBaselineText'
import { useHousehold } from './useHousehold'

/**
 * A tax line's rate, the lines it is levied on (the amount lines above it: the engine works down
 * the budget), the regimes it applies to and, optionally, the tax the report prints per regime.
 */
export function TaxLineFields({ household, line }: { household: number; line: number }) {
  const h = useBaselineText().households
  const { regimes, lines } = useHousehold(household)
  const at = ['households', household, 'lines', line] as const
  const above = lines.slice(0, line).filter((l) => l.kind === 'amount')
  const choices = (parts: readonly { id: string; name: string }[]) =>
    parts.map((part) => ({ value: part.id, label: part.name }))
  return (
    <fieldset className="me-group household-tax">
      <legend>{h.taxLine(lines[line]?.name ?? '')}</legend>
      <DecimalField path={[...at, 'rate']} label={h.rate} percent unit="%" />
      <IdChecklist path={[...at, 'base']} label={h.base} choices={choices(above)} />
      <IdChecklist path={[...at, 'regimes']} label={h.taxRegimes} choices={choices(regimes)} />
      <div className="me-row">
        {regimes.map((regime, r) => (
          <DecimalField
            key={r}
            path={[...at, 'reported', regime.id]}
            label={h.reportedTax(regime.name)}
            dropEmptyParent
          />
        ))}
      </div>
    </fieldset>
  )
}
