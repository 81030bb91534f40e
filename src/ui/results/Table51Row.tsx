import { memo } from 'react'
import type { ValidModel } from '../../model/load/validModel'
import type { Dec } from '../../model/money/decimal'
import type { MeasureBasis } from '../../model/scenario/measureBases'
import type { Measure } from '../../model/schema/measure'
import { sameDec } from '../../state/derived/sameValues'
import { BasisNote } from '../trust/BasisNote'
import { ChangedInputs } from '../trust/ChangedInputs'
import { useFormat } from '../useFormat'

type Props = {
  model: ValidModel
  measure: Measure
  /** The measure's full-year net effect. */
  net: Dec | undefined
  /** Set when the measure's inputs differ from the model file. */
  basis: MeasureBasis | undefined
}

/** One chosen measure in table 5.1: re-rendered only when its own effect or inputs change. */
export const Table51Row = memo(
  function Table51Row({ model, measure, net, basis }: Props) {
    const f = useFormat()
    return (
      <tr data-testid={`table51-${measure.id}`}>
        <th scope="row">{measure.id}</th>
        <td>
          {measure.title}
          {basis && (
            <span className="table51-basis">
              <ChangedInputs model={model} changes={basis.changed} />
              <BasisNote basis={basis} />
            </span>
          )}
        </td>
        <td>{measure.consequences.users.summary}</td>
        <td>{measure.consequences.staff.summary}</td>
        <td className="number">
          {net && !net.isZero() && <span className="amount">{f.amount(net)}</span>}
          {measure.reportLabel && <span className="label">{measure.reportLabel}</span>}
        </td>
      </tr>
    )
  },
  (a: Props, b: Props) =>
    a.model === b.model && a.measure === b.measure && a.basis === b.basis && sameDec(a.net, b.net),
)
