import type { MeasureBasis } from '../../model/scenario/measureBases'
import { useFormat } from '../useFormat'
import { useText } from '../useText'
import { basisNoteText } from './basisNoteText'

/** Beside the source's words on a measure: what they rest on, if its inputs were changed. */
export function BasisNote({ basis }: { basis: MeasureBasis | undefined }) {
  const t = useText()
  const f = useFormat()
  if (!basis) return null
  return <p className="basis-note">{basisNoteText(basis, t, f.amountWithUnit)}</p>
}
